import QtQuick
import QtTest
import Chorus
import ChorusTest

// Welsh and Arabic, right-to-left mirroring, visible English fallback, read aloud and staff mode.
KioskTestCase {
    name: "LanguagesSpeechStaff"

    function cleanup() {
        Language.language = "en"
    }

    function test_switching_language_changes_every_string_at_once() {
        compare(item("startButton").text, "Start")
        tap("language_cy")
        compare(item("startButton").text, "Dechrau")
        verify(showsText(shell, "Dweud eich dweud"))
        verify(!showsText(shell, "Have your say"), "an English string was left behind")
        tap("language_ar")
        compare(item("startButton").text, "ابدأ")
        verify(shell.LayoutMirroring.enabled, "Arabic mirrors the layout")
        verify(Theme.rightToLeft)
        tap("language_en")
        verify(!shell.LayoutMirroring.enabled)
    }

    function test_prompts_fall_back_to_english_visibly() {
        tap("language_ar")
        tap("startButton")
        expectScreen("question")
        // The opening-hours question has Arabic; "what would help" has not.
        compare(item("prompt_1").text, "هل مواعيد العمل مناسبة لك؟")
        compare(item("prompt_1").note, "")
        compare(item("prompt_2").text, "What would help you most here?")
        compare(item("prompt_2").note, "بالإنجليزية")
        verify(item("prompt_2").accessibleName.indexOf("بالإنجليزية") >= 0)
    }

    function test_read_aloud_reads_the_screen_and_the_persons_answer() {
        tap("readAloud")
        verify(Speech.lastSpoken.indexOf("Have your say") >= 0, Speech.lastSpoken)
        tap("startButton")
        tap("prompt_0")
        tap("format_faces")
        tap("readAloud")
        for (const word of ["Very bad", "Okay", "Very good"])
            verify(Speech.lastSpoken.indexOf(word) >= 0, "options are read: " + Speech.lastSpoken)
        tap("face4")
        tap("nextButton")
        expectScreen("check")
        tap("readAloud")
        verify(Speech.lastSpoken.indexOf("Your answer: Good") >= 0, Speech.lastSpoken)
        verify(Speech.lastSpoken.indexOf("How were you treated today?") >= 0)
    }

    // "You said, we did" is on the Welcome screen without scrolling, and each outcome reads itself.
    function test_you_said_we_did_up_front_and_read_aloud() {
        const card = item("outcome_0")
        verify(card.visible)
        const flick = shell.currentScreen.flickable
        const top = card.mapToItem(flick, 0, 0).y
        verify(top >= 0 && top + card.height <= flick.height, "the outcome is below the fold: " + top)
        mouseClick(card)
        verify(Speech.lastSpoken.indexOf("We did: Opening hours now start at 9am") >= 0, Speech.lastSpoken)
        verify(Speech.lastSpoken.indexOf("You said: The centre opens too late") >= 0, Speech.lastSpoken)
        tap("readAloud")
        verify(Speech.lastSpoken.indexOf("We did: Opening hours now start at 9am") >= 0, "the screen's reading includes it: " + Speech.lastSpoken)
    }

    // Read aloud's volume: louder and quieter, heard at once, and back to normal for the next person.
    function test_read_aloud_volume_is_the_persons_and_resets() {
        const normal = Speech.volume
        tap("louder")
        verify(Speech.volume > normal, "louder: " + Speech.volume)
        verify(Speech.lastSpoken.indexOf("This is how loud") >= 0, Speech.lastSpoken)
        tap("quieter")
        tap("quieter")
        verify(Speech.volume < normal, "quieter: " + Speech.volume)
        shell.startAgain()
        compare(Speech.volume, normal)
    }

    // One language of three: radio buttons to assistive technology, the chosen one checked.
    function test_language_choice_is_a_single_choice() {
        for (const code of ["en", "cy", "ar"])
            compare(item("language_" + code).Accessible.role, Accessible.RadioButton)
        verify(item("language_en").Accessible.checked)
        tap("language_cy")
        verify(item("language_cy").Accessible.checked)
        verify(!item("language_en").Accessible.checked)
        tap("language_en")
    }

    function test_read_aloud_speaks_welsh_text_in_welsh() {
        tap("language_cy")
        tap("readAloud")
        verify(Speech.lastSpoken.indexOf("Dweud eich dweud") >= 0, Speech.lastSpoken)
    }

    function test_escape_goes_back() {
        tap("startButton")
        expectScreen("question")
        keyClick(Qt.Key_Escape)
        expectScreen("welcome")
    }

    function test_staff_mode_behind_the_pin() {
        const corner = item("staffCorner")
        // A tap is not enough: staff press and hold.
        mouseClick(corner)
        compare(shell.screen, "welcome")
        const p = corner.mapToItem(shell, corner.width / 2, corner.height / 2)
        mousePress(shell, p.x, p.y)
        wait(1700)
        mouseRelease(shell, p.x, p.y)
        expectScreen("staffPin")
        for (const d of ["1", "2", "3", "5"])
            tap("pin_" + d)
        tap("pin_OK")
        // The PIN is checked off the UI thread: the refusal arrives a moment later.
        tryVerify(() => item("pinMessage").visible, 5000)
        compare(shell.screen, "staffPin")
        for (const d of ["1", "2", "3", "4"])
            tap("pin_" + d)
        tap("pin_OK")
        // The PIN every device ships with must be changed before staff mode does anything else,
        // and not to itself.
        expectScreen("staffNewPin")
        tap("requiredNewPinField")
        type("1234")
        tap("saveRequiredNewPin")
        verify(item("requiredNewPinResult").visible)
        compare(shell.screen, "staffNewPin")
        item("requiredNewPinField").text = ""
        tap("requiredNewPinField")
        type("5791")
        tap("saveRequiredNewPin")
        expectScreen("staff")
        // No engine in the tests: staff mode must say read aloud is off.
        verify(item("speechStatus").text.indexOf("not available") >= 0)
        // Hiding a question takes it off the kiosk's list.
        const shown = Prompts.count
        tap("showPrompt_demo-prompt-opening-hours")
        compare(Prompts.count, shown - 1)
        tap("showPrompt_demo-prompt-opening-hours")
        compare(Prompts.count, shown)
        tap("backToKiosk")
        expectScreen("welcome")
    }
}
