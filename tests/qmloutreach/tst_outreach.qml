import QtQuick
import QtTest
import Chorus
import ChorusTest
import "../qml"

// A worker's field day on an outreach tablet: sign in (a wrong PIN first), start a session at a
// typed place, take one answer handed over (the give-back screen shows none of it and needs the
// PIN) and one assisted (the consent screen asks for the tablet to be turned to the person), see
// the session's count, end the session and sign out; once by touch, once by keyboard alone. And the
// session's own answers: opened with the person's leave, corrected, withdrawn, gone at the end; and
// every other format, assisted and handed over in turn.
KioskTestCase {
    name: "Outreach"

    // Each test starts with nobody signed in and no session, as a tablet does at the start of a day.
    function init() {
        Inactivity.timeoutMs = 60000
        Inactivity.countdownMs = 15000
        Outreach.signOut()
        shell.startAgain()
        wait(50)
    }

    function signIn(byKeyboard) {
        expectScreen("outreachHome")
        verify(Outreach.active, "the tablet is enrolled as outreach")
        if (byKeyboard)
            pressKey("worker_0")
        else
            tap("worker_0")
        compare(Outreach.workers[0].name, "Aled")
        type("1111")
        if (byKeyboard) pressKey("outreachPin_OK"); else tap("outreachPin_OK")
        tryVerify(() => item("outreachPinMessage").visible, 10000, "a wrong PIN is refused in words")
        verify(!Outreach.signedIn)
        type("2468")
        if (byKeyboard) pressKey("outreachPin_OK"); else tap("outreachPin_OK")
        tryVerify(() => Outreach.signedIn, 10000)
        compare(Outreach.workerName, "Aled")
    }

    function startSession(place, byKeyboard) {
        if (byKeyboard)
            tabTo("placeField")
        else
            tap("placeField")
        type(place)
        if (byKeyboard) pressKey("startTypedButton"); else tap("startTypedButton")
        tryVerify(() => Outreach.sessionRunning)
        compare(Outreach.place, place)
        compare(Outreach.answersThisSession, 0)
    }

    function answerInWriting(words, byKeyboard) {
        expectScreen("question")
        if (byKeyboard) pressKey("prompt_0"); else tap("prompt_0")
        expectScreen("format")
        if (byKeyboard) pressKey("format_write"); else tap("format_write")
        expectScreen("write")
        if (byKeyboard) tabTo("answerText"); else tap("answerText")
        type(words)
        if (byKeyboard) pressKey("nextButton"); else tap("nextButton")
        expectScreen("check")
        if (byKeyboard) pressKey("confirmAnswer", Qt.Key_Space); else tap("confirmAnswer")
        expectScreen("consent")
    }

    function send(byKeyboard) {
        if (byKeyboard) pressKey("sendButton"); else tap("sendButton")
        expectScreen("thanks")
        if (byKeyboard) pressKey("finishButton"); else tap("finishButton")
    }

    function fieldDay(byKeyboard) {
        const before = Store.count()
        signIn(byKeyboard)
        startSession(byKeyboard ? "Hostel" : "Market street", byKeyboard)

        // Handed over: the person answers; then the tablet waits for the worker.
        if (byKeyboard) pressKey("handOverButton"); else tap("handOverButton")
        answerInWriting("bus late", byKeyboard)
        verify(!item("turnToPerson").visible, "no turn-the-tablet note when the person holds it")
        send(byKeyboard)
        expectScreen("outreachGiveBack")
        verify(!showsText(shell.currentScreen, "bus late"), "nothing of the answer shows")
        verify(Outreach.awaitingReturn)
        const handed = Store.latest()
        compare(handed.text, "bus late")
        verify(handed.outreachSessionId.length > 0, "the answer names its session")
        compare(handed.assistedBy, "")
        type("97531")
        if (byKeyboard) pressKey("giveBackPin_OK"); else tap("giveBackPin_OK")
        tryVerify(() => item("giveBackPinMessage").visible, 10000, "another worker's PIN does not unlock")
        expectScreen("outreachGiveBack")
        type("2468")
        if (byKeyboard) pressKey("giveBackPin_OK"); else tap("giveBackPin_OK")
        expectScreen("outreachHome")
        tryCompare(Outreach, "answersThisSession", 1, 5000)

        // Assisted: the worker writes; consent is turned to the person and read to them.
        if (byKeyboard) pressKey("assistedButton"); else tap("assistedButton")
        verify(Outreach.assisted)
        answerInWriting("no food left", byKeyboard)
        verify(item("turnToPerson").visible, "the consent screen asks for the tablet to be turned")
        send(byKeyboard)
        expectScreen("outreachHome")
        const helped = Store.latest()
        compare(helped.text, "no food left")
        compare(helped.assistedBy, "w-aled")
        compare(helped.outreachSessionId, handed.outreachSessionId)
        tryCompare(Outreach, "answersThisSession", 2, 5000)
        verify(showsText(shell.currentScreen, "2 answers"), "the count is on the home in words and numbers")
        compare(Store.count(), before + 2)

        if (byKeyboard) pressKey("endSessionButton"); else tap("endSessionButton")
        verify(!Outreach.sessionRunning)
        if (byKeyboard) pressKey("signOutButton"); else tap("signOutButton")
        verify(!Outreach.signedIn)
    }

    function press(name, byKeyboard, key) {
        if (byKeyboard) pressKey(name, key); else tap(name)
    }

    // This session's answers: one assisted that the person lets the worker open, one handed over
    // that stays private; the private one withdrawn at the person's request, a typo corrected in
    // the other; at the end of the session the list, and the key it was read with, are gone.
    function sessionAnswers(byKeyboard) {
        signIn(byKeyboard)
        startSession("Food bank", byKeyboard)

        press("assistedButton", byKeyboard)
        answerInWriting("bus late agian", byKeyboard)
        verify(item("workerMayOpen").visible, "the person is asked whether the worker may open it")
        verify(!OutreachAnswers.workerMayOpen, "off until the person turns it on")
        press("workerMayOpen", byKeyboard, Qt.Key_Space)
        verify(OutreachAnswers.workerMayOpen)
        send(byKeyboard)
        expectScreen("outreachHome")
        const helped = Store.latest()
        compare(helped.text, "bus late agian")

        press("handOverButton", byKeyboard)
        answerInWriting("PRIVATE-words-x7", byKeyboard)
        verify(!OutreachAnswers.workerMayOpen, "the last person's choice is not this one's")
        send(byKeyboard)
        expectScreen("outreachGiveBack")
        const handed = Store.latest()
        compare(handed.text, "PRIVATE-words-x7")
        type("2468")
        press("giveBackPin_OK", byKeyboard)
        expectScreen("outreachHome")
        tryCompare(OutreachAnswers.model, "count", 2, 5000)
        verify(showsText(shell.currentScreen, "This session's answers"))
        verify(!showsText(shell.currentScreen, "PRIVATE-words") && !showsText(shell.currentScreen, "bus late"),
               "the list shows no answer's words")

        // The private one, newest first: it does not open, but it can be withdrawn.
        press("sessionAnswer_0", byKeyboard)
        expectScreen("outreachAnswer")
        verify(item("answerPrivate").visible)
        verify(!item("correctionField").visible)
        verify(!showsText(shell.currentScreen, "PRIVATE-words"), "nothing of a private answer shows")
        press("withdrawAnswer", byKeyboard)
        verify(item("confirmWithdrawText").visible, "asked once more")
        verify(item("confirmWithdraw").activeFocus, "the keyboard is on the question it asks")
        press("confirmWithdraw", byKeyboard)
        verify(item("answerWithdrawn").visible)
        verify(Store.find(handed.id).withdrawn, "withdrawn in the store")
        compare(Store.find(handed.id).text, "", "its words are purged here")
        tryCompare(Outreach, "answersThisSession", 1, 5000)
        press("backToSession", byKeyboard)
        expectScreen("outreachHome")
        compare(OutreachAnswers.model.count, 1)

        // The assisted one opens; a typo is put right and saved as a change to sync.
        press("sessionAnswer_0", byKeyboard)
        expectScreen("outreachAnswer")
        compare(item("correctionField").text, "bus late agian")
        verify(!item("saveCorrection").visible, "nothing to save before a change")
        if (byKeyboard) tabTo("correctionField"); else tap("correctionField")
        keyClick(Qt.Key_End)
        for (let i = 0; i < 4; ++i)
            keyClick(Qt.Key_Backspace)
        type("gain")
        compare(item("correctionField").text, "bus late again")
        press("saveCorrection", byKeyboard)
        verify(item("answerMessage").visible)
        compare(Store.find(helped.id).text, "bus late again")
        compare(Store.find(helped.id).assistedBy, "w-aled", "still marked assisted")
        press("backToSession", byKeyboard)
        expectScreen("outreachHome")

        press("endSessionButton", byKeyboard)
        verify(!Outreach.sessionRunning)
        compare(OutreachAnswers.model.count, 0, "the list goes with the session")
        verify(!OutreachAnswers.holding, "and so does its key")
        verify(!showsText(shell.currentScreen, "This session's answers"))
        press("signOutButton", byKeyboard)
    }

    // One answer in a format other than writing, from the question to the consent screen.
    function answerIn(format, byKeyboard) {
        expectScreen("question")
        press("prompt_0", byKeyboard)
        expectScreen("format")
        press("format_" + format, byKeyboard)
        expectScreen(format)
        if (format === "faces") {
            press("face4", byKeyboard, Qt.Key_Space)
        } else if (format === "pictures") {
            press("card_food", byKeyboard)
            press("place_good", byKeyboard, Qt.Key_Space)
        } else if (format === "draw") {
            if (byKeyboard) {
                tabTo("drawingPad")
                keyClick(Qt.Key_Right)
                keyClick(Qt.Key_Down)
            } else {
                const pad = item("drawingPad")
                reveal(pad)
                mousePress(pad, 40, 40)
                for (let i = 1; i <= 10; ++i)
                    mouseMove(pad, 40 + i * 20, 40 + i * 10)
                mouseRelease(pad, 240, 140)
            }
            verify(Session.strokes.length > 0)
        } else if (format === "speak") {
            // The voice panel hands over its finished recording like this (no microphone offscreen).
            Session.attachRecording(Store.fakeRecording(), "audio/ogg", 1500)
        }
        press("nextButton", byKeyboard)
        expectScreen("check")
        press("confirmAnswer", byKeyboard, Qt.Key_Space)
        expectScreen("consent")
    }

    // Every other way to answer, taken in one session, assisted and handed over in turn: each is
    // saved in its format with the session and (only when assisted) the worker; the ones the person
    // let the worker open say what they hold, in words, the voice note and drawing that they cannot
    // be played, shown or corrected here; the face and a picture card's pile are put right and saved
    // as changes to sync.
    function everyFormat(byKeyboard) {
        signIn(byKeyboard)
        startSession("Day centre", byKeyboard)
        const takes = [{ format: "faces", assisted: true }, { format: "pictures", assisted: true },
                       { format: "draw", assisted: true }, { format: "speak", assisted: false }]
        let session = ""
        for (const take of takes) {
            press(take.assisted ? "assistedButton" : "handOverButton", byKeyboard)
            answerIn(take.format, byKeyboard)
            if (take.assisted)
                press("workerMayOpen", byKeyboard, Qt.Key_Space)
            send(byKeyboard)
            const saved = Store.latest()
            compare(saved.format, take.format)
            compare(saved.assistedBy, take.assisted ? "w-aled" : "")
            verify(saved.outreachSessionId.length > 0)
            if (session !== "")
                compare(saved.outreachSessionId, session)
            session = saved.outreachSessionId
            if (take.format === "draw" || take.format === "speak")
                compare(saved.media.length, 1)
            if (!take.assisted) {
                expectScreen("outreachGiveBack")
                type("2468")
                press("giveBackPin_OK", byKeyboard)
            }
            expectScreen("outreachHome")
        }
        compare(Store.latest().format, "speak")
        tryCompare(OutreachAnswers.model, "count", 4, 5000)

        // Newest first: the face is the last row, the drawing the third.
        press("sessionAnswer_3", byKeyboard)
        expectScreen("outreachAnswer")
        verify(item("answerFace").visible)
        verify(item("answerFace").text.indexOf("Good, 4 of 5") >= 0, item("answerFace").text)
        verify(!item("correctionField").visible, "no words to correct in a face")
        const faceId = shell.sessionAnswerId
        compare(Store.find(faceId).rating, 4)
        verify(item("face4").selected)
        verify(!item("saveCorrection").visible, "nothing to save before a change")
        press("face2", byKeyboard, Qt.Key_Space)
        verify(item("face2").selected)
        press("saveCorrection", byKeyboard)
        verify(item("answerMessage").visible)
        compare(Store.find(faceId).rating, 2, "the face put right in the store")
        verify(item("answerFace").text.indexOf("Bad, 2 of 5") >= 0, item("answerFace").text)
        verify(!item("saveCorrection").visible)
        press("backToSession", byKeyboard)
        expectScreen("outreachHome")
        press("sessionAnswer_2", byKeyboard)
        expectScreen("outreachAnswer")
        const cardsId = shell.sessionAnswerId
        compare(Store.find(cardsId).piles.food, "good")
        verify(item("pile_0_good").selected)
        compare(item("pile_0_bad").Accessible.role, Accessible.RadioButton)
        press("pile_0_bad", byKeyboard, Qt.Key_Space)
        verify(item("pile_0_bad").selected && !item("pile_0_good").selected)
        press("saveCorrection", byKeyboard)
        compare(Store.find(cardsId).piles.food, "bad", "the card moved to the right pile in the store")
        compare(Object.keys(Store.find(cardsId).piles).length, 1)
        press("backToSession", byKeyboard)
        expectScreen("outreachHome")
        press("sessionAnswer_1", byKeyboard)
        expectScreen("outreachAnswer")
        verify(item("answerMedia").visible)
        verify(item("answerMedia").text.indexOf("drawing") >= 0, item("answerMedia").text)
        verify(item("answerMedia").text.indexOf("withdraw it and draw the answer again") >= 0, "says how to change it")
        verify(!item("saveCorrection").visible && !item("correctionFaces").visible)
        press("backToSession", byKeyboard)
        expectScreen("outreachHome")
        press("sessionAnswer_0", byKeyboard)
        expectScreen("outreachAnswer")
        verify(item("answerPrivate").visible, "the handed-over voice note stays private")
        press("backToSession", byKeyboard)

        press("endSessionButton", byKeyboard)
        press("signOutButton", byKeyboard)
    }

    // Three wrong PINs and the tablet waits before the next try, saying so in words and counting
    // down; the right PIN is refused until the wait is over, then works and clears the count.
    function test_wrong_pins_make_the_tablet_wait() {
        expectScreen("outreachHome")
        pressKey("worker_0")
        for (const guess of ["1111", "2222", "3333"]) {
            type(guess)
            pressKey("outreachPin_OK")
            tryVerify(() => !Outreach.checking && item("outreachPinMessage").visible, 10000)
        }
        compare(Outreach.waitSeconds, 5)
        verify(item("outreachPinMessage").text.indexOf("wait 5 seconds") >= 0, item("outreachPinMessage").text)
        tryVerify(() => item("outreachPinMessage").text.indexOf("wait 4 seconds") >= 0, 3000, "it counts down")
        type("2468")
        pressKey("outreachPin_OK")
        verify(!Outreach.checking && !Outreach.signedIn, "even the right PIN waits")
        tryCompare(Outreach, "waitSeconds", 0, 8000)
        type("2468")
        pressKey("outreachPin_OK")
        tryVerify(() => Outreach.signedIn, 10000)
        Outreach.signOut()
    }

    // A person given the tablet who goes back from the questions, or chooses not to send, or walks
    // away, never reaches the worker's home (and its list of this session's answers): the tablet
    // asks for it back, and only the worker's PIN goes on. It does not thank them for an answer.
    function test_a_person_who_sends_nothing_still_hands_the_tablet_back() {
        signIn(false)
        startSession("Library", false)
        tap("assistedButton")
        answerInWriting("seen by the worker", false)
        tap("workerMayOpen")
        send(false)
        expectScreen("outreachHome")
        tryCompare(OutreachAnswers.model, "count", 1, 5000)

        const leave = [() => tap("backButton"),                 // Back from the questions
                       () => { tap("prompt_0"); expectScreen("format"); tap("format_write");
                               expectScreen("write"); tap("answerText"); type("no");
                               tap("nextButton"); expectScreen("check"); tap("confirmAnswer");
                               expectScreen("consent"); tap("dontSend") },   // Do not send
                       () => shell.startAgain()]                 // walks away: the inactivity reset
        for (const goAway of leave) {
            tap("handOverButton")
            expectScreen("question")
            goAway()
            expectScreen("outreachGiveBack")
            verify(!showsText(shell.currentScreen, "Your answer is saved"), "no answer was saved")
            verify(!showsText(shell.currentScreen, "seen by the worker"))
            type("2468")
            tap("giveBackPin_OK")
            expectScreen("outreachHome")
        }
        compare(OutreachAnswers.model.count, 1, "nothing was added")
        tap("endSessionButton")
        tap("signOutButton")
    }

    function test_every_format_by_touch() { everyFormat(false) }
    function test_every_format_by_keyboard() { everyFormat(true) }

    function test_session_answers_by_touch() { sessionAnswers(false) }
    function test_session_answers_by_keyboard() { sessionAnswers(true) }

    function test_field_day_by_touch() { fieldDay(false) }
    function test_field_day_by_keyboard() { fieldDay(true) }

    // The organisation's sites are one tap (or Tab and Return) each; the session records the site.
    function sessionAtASite(byKeyboard) {
        signIn(byKeyboard)
        expectScreen("outreachHome")
        compare(item("site_0").text, "Food bank")
        compare(item("site_1").text, "Hostel")
        compare(item("site_1").Accessible.name, "Start the session at Hostel")
        compare(item("site_1").Accessible.role, Accessible.Button)
        verify(item("site_1").height >= 72, "a large target")
        verify(shell.currentScreen.readText.indexOf("Hostel") >= 0, "the sites are read aloud")
        verify(item("placeField").visible, "a typed place is still possible")
        press("site_1", byKeyboard)
        tryVerify(() => Outreach.sessionRunning)
        compare(Outreach.place, "Hostel")
        compare(Outreach.siteId, "site-hostel")
        compare(shell.currentScreen.title, "Session at Hostel")
        press("endSessionButton", byKeyboard)
        verify(!Outreach.sessionRunning)
        startSession("Bus stop", byKeyboard)
        compare(Outreach.siteId, "", "a typed place names no site")
        press("endSessionButton", byKeyboard)
        press("signOutButton", byKeyboard)
        verify(!Outreach.signedIn)
    }
    function test_session_at_a_site_by_touch() { sessionAtASite(false) }
    function test_session_at_a_site_by_keyboard() { sessionAtASite(true) }

    function test_home_says_what_the_tablet_holds() {
        expectScreen("outreachHome")
        const stored = item("outreachStored").text
        verify(stored.indexOf("Last sync: never") >= 0, stored)
        verify(stored.indexOf("Waiting to be sent") >= 0, stored)
        verify(stored.indexOf("of space left") >= 0 || stored.indexOf("running low") >= 0, stored)
    }
}
