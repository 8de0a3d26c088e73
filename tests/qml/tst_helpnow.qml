import QtQuick
import QtTest
import Chorus
import ChorusTest

// The organisation's "If you need help now" words on the Thank-you screen: shown in the person's
// language (else English, said so), read aloud with the rest of the screen, and absent when the
// organisation has set none. The words arrive in the store as a pull brings them.
KioskTestCase {
    name: "HelpNow"

    function answerAndSend() {
        tap("startButton")
        tap("prompt_0")
        tap("format_faces")
        tap("face4")
        tap("nextButton")
        expectScreen("check")
        tap("confirmAnswer")
        expectScreen("consent")
        tap("sendButton")
        expectScreen("thanks")
    }

    function cleanup() {
        Store.setHelpWords({})
        Language.language = "en"
    }

    function test_no_words_no_box() {
        Store.setHelpWords({})
        answerAndSend()
        verify(!item("helpNow").visible)
        tap("readAloud")
        verify(Speech.lastSpoken.indexOf("If you need help now") < 0, Speech.lastSpoken)
    }

    function test_words_in_each_language_shown_and_read_aloud() {
        Store.setHelpWords({ en: "Call Samaritans free on 116 123.", cy: "Ffoniwch y Samariaid am ddim ar 116 123.",
                             ar: "اتصل بالسامريين مجانًا على 116 123." })
        answerAndSend()
        verify(item("helpNow").visible)
        verify(showsText(shell, "Call Samaritans free on 116 123."))
        tap("readAloud")
        verify(Speech.lastSpoken.indexOf("If you need help now: Call Samaritans free on 116 123.") >= 0, Speech.lastSpoken)
        verify(Speech.lastSpoken.indexOf("Your code is") >= 0, "still reads the rest: " + Speech.lastSpoken)
        verify(item("helpNow").Accessible.name.indexOf("Call Samaritans") >= 0)

        Language.language = "cy"
        verify(showsText(shell, "Ffoniwch y Samariaid am ddim ar 116 123."))
        verify(!showsText(shell, "Call Samaritans"))
        tap("readAloud")
        verify(Speech.lastSpoken.indexOf("Ffoniwch y Samariaid") >= 0, Speech.lastSpoken)

        Language.language = "ar"
        verify(showsText(shell, "اتصل بالسامريين مجانًا على 116 123."))
        verify(!item("helpNowWords").text.includes("("), "no fallback note when the words are in Arabic")
    }

    function test_missing_language_falls_back_to_english_and_says_so() {
        Store.setHelpWords({ en: "Ask at the front desk for help today.", cy: "Gofynnwch wrth y ddesg am help heddiw." })
        answerAndSend()
        Language.language = "ar"
        verify(showsText(shell, "Ask at the front desk for help today."))
        // Said in the person's language that these words are in English.
        verify(item("helpNowWords").text.indexOf("(" + qsTranslate("ThankYouScreen", "In English") + ")") > 0,
               item("helpNowWords").text)
        tap("readAloud")
        verify(Speech.lastSpoken.indexOf("Ask at the front desk for help today.") >= 0, Speech.lastSpoken)
        Language.language = "cy"
        verify(showsText(shell, "Gofynnwch wrth y ddesg am help heddiw."))
    }

    // New words from the dashboard replace the old ones on a screen already showing.
    function test_new_words_show_without_a_restart() {
        Store.setHelpWords({ en: "Old words about help." })
        answerAndSend()
        verify(showsText(shell, "Old words about help."))
        Store.setHelpWords({ en: "New words about help." })
        verify(showsText(shell, "New words about help."))
        verify(!showsText(shell, "Old words about help."))
    }

    // Reached and read from the keyboard: the Finish button is still there after the words.
    function test_keyboard_reaches_finish_past_the_words() {
        Store.setHelpWords({ en: "Call 999 in an emergency." })
        answerAndSend()
        pressKey("finishButton")
        expectScreen("welcome")
    }
}
