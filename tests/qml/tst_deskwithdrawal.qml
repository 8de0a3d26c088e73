import QtQuick
import QtTest
import Chorus
import ChorusTest

// Withdrawal at the desk in staff mode, from the keyboard alone: the person's code finds an answer
// on this device, which is withdrawn at once, its words gone from every byte the device keeps; a
// code this device does not hold waits for the server (this kiosk is offline); a typo is caught;
// "No" keeps the answer. Each outcome is read back aloud.
KioskTestCase {
    name: "DeskWithdrawal"

    readonly property string canary: "Deskcanary Quokka"

    function answerInWriting(words) {
        tap("startButton")
        tap("prompt_0")
        tap("format_write")
        expectScreen("write")
        tap("answerText")
        type(words)
        tap("nextButton")
        tap("confirmAnswer")
        expectScreen("consent")
        tap("sendButton")
        expectScreen("thanks")
        const code = item("referenceCode").text
        tap("finishButton")
        expectScreen("welcome")
        return code
    }

    function openStaff() {
        // The PIN has tests of its own (tst_languages, tst_stafflock).
        shell.show("staff")
        expectScreen("staff")
        Withdrawal.reset()
    }

    // Typed as staff would: lower case, no dashes, then Return in the field.
    function typeCode(code) {
        tabTo("withdrawCodeField")
        item("withdrawCodeField").text = ""
        type(code.replace(/-/g, "").toLowerCase())
        keyClick(Qt.Key_Return)
        wait(30)
    }

    function test_an_answer_held_here_is_withdrawn_at_once() {
        const before = Store.count()
        const code = answerInWriting(canary)
        compare(Store.count(), before + 1)
        tryVerify(() => Store.keepsText(canary), 5000, "the answer is in the store before")
        openStaff()
        typeCode(code)
        compare(Withdrawal.state, DeskWithdrawal.FoundHere)
        verify(item("withdrawMessage").text.indexOf("was given on this device") >= 0, item("withdrawMessage").text)
        // Read back before anything is done, so the person can say it is theirs.
        verify(Speech.lastSpoken.indexOf("was given on this device") >= 0, Speech.lastSpoken)
        pressKey("withdrawConfirm")
        compare(Withdrawal.state, DeskWithdrawal.WithdrawnHere)
        compare(Store.count(), before)
        verify(Speech.lastSpoken.indexOf("has been withdrawn") >= 0, Speech.lastSpoken)
        verify(Speech.lastSpoken.indexOf(code.replace(/-/g, "").split("").join(" ")) >= 0,
               "the code is read back one character at a time: " + Speech.lastSpoken)
        verify(!Store.keepsText(canary), "the withdrawn words are gone from the store, its WAL and media")
        // Said again on request.
        Speech.say("")
        pressKey("withdrawSayAgain")
        verify(Speech.lastSpoken.indexOf("has been withdrawn") >= 0, Speech.lastSpoken)
        // The same code again finds nothing here any more.
        typeCode(code)
        compare(Withdrawal.state, DeskWithdrawal.NotHere)
    }

    function test_no_keeps_the_answer() {
        const code = answerInWriting("Kept answer words")
        const count = Store.count()
        openStaff()
        typeCode(code)
        compare(Withdrawal.state, DeskWithdrawal.FoundHere)
        pressKey("withdrawCancel")
        compare(Withdrawal.state, DeskWithdrawal.Idle)
        compare(Store.count(), count)
    }

    function test_a_code_from_elsewhere_waits_for_the_server() {
        openStaff()
        const waiting = Withdrawal.waiting
        typeCode("ABCD-EFGH-JKMN")
        compare(Withdrawal.state, DeskWithdrawal.NotHere)
        verify(Speech.lastSpoken.indexOf("another device") >= 0, Speech.lastSpoken)
        pressKey("withdrawConfirm")
        compare(Withdrawal.state, DeskWithdrawal.Queued)
        compare(Withdrawal.waiting, waiting + 1)
        verify(item("withdrawWaiting").visible)
        verify(Speech.lastSpoken.indexOf("waiting to reach the server") >= 0, Speech.lastSpoken)
    }

    function test_a_typo_is_caught() {
        openStaff()
        typeCode("K7P3")
        compare(Withdrawal.state, DeskWithdrawal.Invalid)
        verify(item("withdrawMessage").text.indexOf("not a code") >= 0, item("withdrawMessage").text)
        verify(!item("withdrawConfirm").visible)
    }
}
