import QtQuick
import QtTest
import Chorus
import ChorusTest

// "Me too" on the kiosk and the accountability board's status in "you said, we did": the demo's
// published idea is read aloud and supported with one tap (once per visit), by touch and by
// keyboard, in English, Welsh and Arabic; the demo outcome says where it stands.
KioskTestCase {
    name: "MeToo"

    function cleanup() {
        Language.language = "en"
    }

    function test_you_said_we_did_says_where_it_stands_data() {
        return [{ tag: "en", language: "en", words: "Where it stands: it is done." },
                { tag: "cy", language: "cy", words: "Ble mae pethau: mae wedi'i wneud." },
                { tag: "ar", language: "ar", words: "أين وصلنا: تم إنجازه." }]
    }
    function test_you_said_we_did_says_where_it_stands(data) {
        Language.language = data.language
        const card = item("outcome_0")
        verify(card.words.indexOf(data.words) >= 0, card.words)
        verify(showsText(card, data.words))
        mouseClick(card)
        verify(Speech.lastSpoken.indexOf(data.words) >= 0, Speech.lastSpoken)
    }

    function test_me_too_data() {
        return [{ tag: "touch-en", keyboard: false, language: "en", thanks: "Thank you: your support is counted" },
                { tag: "touch-cy", keyboard: false, language: "cy", thanks: "Diolch: mae eich cefnogaeth wedi'i chyfrif" },
                { tag: "keyboard-ar", keyboard: true, language: "ar", thanks: "شكراً: تم احتساب تأييدك" },
                { tag: "keyboard-en", keyboard: true, language: "en", thanks: "Thank you: your support is counted" }]
    }
    function test_me_too(data) {
        Language.language = data.language
        const act = (name) => data.keyboard ? pressKey(name) : tap(name)
        // The Welcome screen lays itself out again in the new language before it is touched.
        wait(100)
        act("ideasHereButton")
        expectScreen("meToo")
        const before = Store.supports("demo-idea-quiet-room")
        act("readPublishedIdea_0")
        compare(Speech.lastSpoken, item("publishedIdea_0").sentence)
        act("meToo_0")
        compare(Store.supports("demo-idea-quiet-room"), before + 1)
        compare(item("meToo_0").text, data.thanks)
        verify(!item("meToo_0").enabled, "one support per visit")
        mouseClick(item("meToo_0"))
        compare(Store.supports("demo-idea-quiet-room"), before + 1)
        // The next person may support it again.
        act("meTooDone")
        expectScreen("welcome")
        Language.language = data.language
        wait(100)
        act("ideasHereButton")
        expectScreen("meToo")
        verify(item("meToo_0").enabled)
        act("meToo_0")
        compare(Store.supports("demo-idea-quiet-room"), before + 2)
    }
}
