import QtQuick
import QtTest
import Chorus
import ChorusTest
import "../qml"

// A worker's field day on an outreach tablet: sign in (a wrong PIN first), start a session at a
// typed place, take one answer handed over (the give-back screen shows none of it and needs the
// PIN) and one assisted (the consent screen asks for the tablet to be turned to the person), see
// the session's count, end the session and sign out; once by touch, once by keyboard alone.
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

    function test_field_day_by_touch() { fieldDay(false) }
    function test_field_day_by_keyboard() { fieldDay(true) }

    function test_home_says_what_the_tablet_holds() {
        expectScreen("outreachHome")
        const stored = item("outreachStored").text
        verify(stored.indexOf("Last sync: never") >= 0, stored)
        verify(stored.indexOf("Waiting to be sent") >= 0, stored)
        verify(stored.indexOf("of space left") >= 0 || stored.indexOf("running low") >= 0, stored)
    }
}
