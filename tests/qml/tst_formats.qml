import QtQuick
import QtTest
import Chorus
import ChorusTest

// Every answer format, end to end, once by touch alone and once by keyboard alone; then what
// is in the store.
KioskTestCase {
    name: "Formats"

    function startByTouch(promptIndex, format) {
        tap("startButton")
        expectScreen("question")
        tap("prompt_" + promptIndex)
        if (format !== "") {
            expectScreen("format")
            tap("format_" + format)
        }
        expectScreen(format === "" ? "write" : format)
    }

    function startByKeyboard(promptIndex, format) {
        pressKey("startButton")
        expectScreen("question")
        pressKey("prompt_" + promptIndex)
        expectScreen("format")
        pressKey("format_" + format)
        expectScreen(format)
    }

    function finishByTouch() {
        tap("nextButton")
        expectScreen("check")
        tap("confirmAnswer")
        expectScreen("consent")
        tap("sendButton")
        expectScreen("thanks")
        verify(item("referenceCode").text.length > 0)
    }

    function finishByKeyboard() {
        pressKey("nextButton")
        expectScreen("check")
        pressKey("confirmAnswer", Qt.Key_Space)
        expectScreen("consent")
        pressKey("sendButton")
        expectScreen("thanks")
        verify(item("referenceCode").text.length > 0)
    }

    function savedReference() {
        return item("referenceCode").text
    }

    function test_write_by_touch() {
        const before = Store.count()
        startByTouch(0, "write")
        // A person taps the box; the on-screen keyboard (kiosk) or a hardware one types.
        tap("answerText")
        type("Kind staff")
        finishByTouch()
        compare(Store.count(), before + 1)
        const saved = Store.latest()
        compare(saved.format, "write")
        compare(saved.text, "Kind staff")
        compare(saved.promptId, "demo-prompt-treated-today")
        compare(saved.reference, savedReference())
        compare(saved.mayQuote, false)
        compare(saved.contactMe, false)
    }

    function test_write_by_keyboard() {
        const before = Store.count()
        startByKeyboard(0, "write")
        verify(item("answerText").activeFocus, "the text box takes focus on arrival")
        type("Too cold")
        // Consent choices by keyboard: may quote, contact me with details.
        pressKey("nextButton")
        expectScreen("check")
        pressKey("confirmAnswer")
        expectScreen("consent")
        pressKey("mayQuote", Qt.Key_Space)
        pressKey("contactMe")
        tabTo("contactName")
        type("Sam")
        tabTo("contactDetail")
        type("07700 900123")
        pressKey("sendButton")
        expectScreen("thanks")
        compare(Store.count(), before + 1)
        const saved = Store.latest()
        compare(saved.text, "Too cold")
        compare(saved.mayQuote, true)
        compare(saved.contactMe, true)
        compare(saved.contactName, "Sam")
        compare(saved.contactDetail, "07700 900123")
    }

    function test_faces_by_touch() {
        const before = Store.count()
        startByTouch(0, "faces")
        tap("face2")
        verify(item("face2").selected)
        finishByTouch()
        compare(Store.count(), before + 1)
        compare(Store.latest().format, "faces")
        compare(Store.latest().rating, 2)
    }

    function test_faces_by_keyboard() {
        const before = Store.count()
        startByKeyboard(0, "faces")
        pressKey("face5", Qt.Key_Space)
        finishByKeyboard()
        compare(Store.count(), before + 1)
        compare(Store.latest().rating, 5)
    }

    function test_pictures_by_touch_tap_and_drag() {
        const before = Store.count()
        startByTouch(3, "pictures")
        // Tap a card, then a pile.
        tap("card_food")
        tap("place_good")
        tap("card_doctor")
        tap("place_bad")
        // Drag a card onto a pile.
        const card = item("card_phone")
        const pile = item("pile_unsure")
        reveal(card)
        const from = card.mapToItem(shell, card.width / 2, card.height / 2)
        const to = pile.mapToItem(shell, pile.width / 2, pile.height / 2)
        mousePress(shell, from.x, from.y)
        for (let i = 1; i <= 10; ++i)
            mouseMove(shell, from.x + (to.x - from.x) * i / 10, from.y + (to.y - from.y) * i / 10)
        mouseRelease(shell, to.x, to.y)
        tryVerify(() => Session.piles.phone === "unsure", 2000, "the dragged card landed in Not sure")
        finishByTouch()
        compare(Store.count(), before + 1)
        const saved = Store.latest()
        compare(saved.format, "pictures")
        compare(saved.piles.food, "good")
        compare(saved.piles.doctor, "bad")
        compare(saved.piles.phone, "unsure")
    }

    function test_pictures_by_keyboard() {
        const before = Store.count()
        startByKeyboard(3, "pictures")
        pressKey("card_shower")
        pressKey("place_good", Qt.Key_Space)
        pressKey("card_laundry")
        pressKey("place_unsure")
        finishByKeyboard()
        compare(Store.count(), before + 1)
        compare(Store.latest().piles.shower, "good")
        compare(Store.latest().piles.laundry, "unsure")
    }

    function test_draw_by_touch() {
        const before = Store.count()
        const mediaBefore = Store.mediaFiles()
        startByTouch(2, "draw")
        const pad = item("drawingPad")
        reveal(pad)
        mousePress(pad, 40, 40)
        for (let i = 1; i <= 10; ++i)
            mouseMove(pad, 40 + i * 20, 40 + i * 10)
        mouseRelease(pad, 240, 140)
        compare(Session.strokes.length, 1)
        finishByTouch()
        compare(Store.count(), before + 1)
        compare(Store.latest().format, "draw")
        compare(Store.latest().media.length, 1)
        compare(Store.mediaFiles(), mediaBefore + 1)
    }

    function test_draw_by_keyboard() {
        const before = Store.count()
        startByKeyboard(2, "draw")
        tabTo("drawingPad")
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Down)
        compare(Session.strokes.length, 3)
        finishByKeyboard()
        compare(Store.count(), before + 1)
        compare(Store.latest().media.length, 1)
    }

    function test_speak_with_a_recording() {
        const before = Store.count()
        startByTouch(0, "speak")
        // Until the voice panel is built in, the screen says so and Next will not go on empty.
        if (item("voiceUnavailable").visible) {
            tap("nextButton")
            compare(shell.screen, "speak")
            verify(item("missingAnswer").visible)
        }
        // The panel hands over its finished recording like this.
        Session.attachRecording(Store.fakeRecording(), "audio/ogg", 1500)
        finishByTouch()
        compare(Store.count(), before + 1)
        compare(Store.latest().format, "speak")
        compare(Store.latest().media.length, 1)
    }

    // Read aloud on the Speak screen says what the recorder shows: what to do, or why it cannot.
    function test_speak_screen_reads_the_recorder_aloud() {
        startByTouch(0, "speak")
        const status = findChild(shell.currentScreen, "voiceStatus")
        verify(status && status.visible, "the recorder panel is on the Speak screen")
        tap("readAloud")
        verify(Speech.lastSpoken.indexOf(status.text) >= 0, Speech.lastSpoken)
        verify(Speech.lastSpoken.indexOf("Speak your answer") >= 0, Speech.lastSpoken)
    }

    function test_next_without_answer_says_so() {
        startByTouch(0, "write")
        tap("nextButton")
        compare(shell.screen, "write")
        verify(item("missingAnswer").visible)
        // Said as well as shown (EN 301 549 5.1.3.15).
        verify(Speech.lastSpoken.indexOf("Please give your answer first.") >= 0, Speech.lastSpoken)
    }
}
