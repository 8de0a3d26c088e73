import QtQuick
import QtTest
import Chorus
import ChorusTest

// Nothing is stored before Send, and nothing one person entered is visible to the next.
KioskTestCase {
    name: "Privacy"

    readonly property string secret: "Mymarker Zebra"

    function writeSecretAndCheck() {
        tap("startButton")
        tap("prompt_0")
        tap("format_write")
        expectScreen("write")
        tap("answerText")
        type(secret)
        compare(Session.text, secret)
    }

    function expectNoTraceOfSecret() {
        expectScreen("welcome")
        compare(Session.text, "")
        compare(Session.format, "")
        compare(Session.promptId, "")
        compare(Session.contactName, "")
        verify(!showsText(shell, secret), "the Welcome screen shows the previous person's words")
        // The next person's answer screen starts empty too.
        tap("startButton")
        tap("prompt_0")
        tap("format_write")
        expectScreen("write")
        compare(item("answerText").text, "")
        verify(!showsText(shell, secret))
    }

    function test_inactivity_discards_the_draft() {
        const before = Store.count()
        Inactivity.timeoutMs = 400
        Inactivity.countdownMs = 500
        writeSecretAndCheck()
        tryCompare(Inactivity, "warning", true, 3000)
        verify(findChild(shell, "stillThereDialog").visible)
        tryCompare(shell, "screen", "welcome", 3000)
        Inactivity.timeoutMs = 60000
        compare(Store.count(), before)
        expectNoTraceOfSecret()
        compare(Store.count(), before)
    }

    function test_still_here_keeps_the_draft() {
        Inactivity.timeoutMs = 400
        Inactivity.countdownMs = 3000
        writeSecretAndCheck()
        tryCompare(Inactivity, "warning", true, 3000)
        // Said as well as shown, with how to answer.
        verify(Speech.lastSpoken.indexOf("Are you still there?") >= 0, Speech.lastSpoken)
        verify(Speech.lastSpoken.indexOf("Yes, I am still here") >= 0, Speech.lastSpoken)
        mouseClick(findChild(shell, "stillHereButton"))
        compare(Inactivity.warning, false)
        Inactivity.timeoutMs = 60000
        compare(shell.screen, "write")
        compare(Session.text, secret)
    }

    function test_start_again_at_check_stores_nothing() {
        const before = Store.count()
        writeSecretAndCheck()
        tap("nextButton")
        expectScreen("check")
        verify(showsText(shell, secret), "Check shows the person's own answer")
        tap("startAgain")
        compare(Store.count(), before)
        expectNoTraceOfSecret()
    }

    function test_leaving_at_consent_stores_nothing() {
        const before = Store.count()
        writeSecretAndCheck()
        tap("nextButton")
        tap("confirmAnswer")
        expectScreen("consent")
        tap("contactMe")
        const name = item("contactName")
        mouseClick(name)
        type("Alex")
        tap("dontSend")
        compare(Store.count(), before)
        expectNoTraceOfSecret()
    }

    function test_refusing_all_but_anonymous_still_sends() {
        const before = Store.count()
        writeSecretAndCheck()
        tap("nextButton")
        tap("confirmAnswer")
        expectScreen("consent")
        // Turn both choices on and off again: the person refuses everything optional.
        tap("mayQuote")
        tap("mayQuote")
        tap("contactMe")
        mouseClick(item("contactName"))
        type("Alex")
        tap("contactMe")
        tap("sendButton")
        expectScreen("thanks")
        compare(Store.count(), before + 1)
        const saved = Store.latest()
        compare(saved.mayQuote, false)
        compare(saved.contactMe, false)
        compare(saved.contactName, "", "a name typed and then withdrawn is not stored")
        tap("finishButton")
        expectNoTraceOfSecret()
    }

    function test_look_and_language_reset_for_the_next_person() {
        tap("highContrast")
        tap("biggerText")
        tap("language_cy")
        verify(Theme.highContrast)
        compare(Theme.textScale, 2.0)
        compare(Language.language, "cy")
        tap("startButton")
        shell.startAgain()
        compare(Theme.highContrast, DeviceSettings.highContrast)
        compare(Theme.textScale, DeviceSettings.textScale)
        compare(Language.language, "en")
    }
}
