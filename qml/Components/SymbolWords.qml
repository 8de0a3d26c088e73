pragma Singleton
import QtQuick
import Chorus

// Words for the picture cards, so a card always shows its meaning in the person's language.
QtObject {
    // `language` is passed so bindings re-run when the language changes.
    function word(symbol, language) {
        switch (symbol) {
        case "food": return qsTr("Food")
        case "shower": return qsTr("Showers")
        case "laundry": return qsTr("Laundry")
        case "advice": return qsTr("Advice")
        case "doctor": return qsTr("Doctor or nurse")
        case "phone": return qsTr("Phone")
        case "computer": return qsTr("Computers")
        case "friends": return qsTr("Friends")
        default: return symbol.length ? symbol.charAt(0).toUpperCase() + symbol.slice(1).replace(/[-_]/g, " ") : ""
        }
    }
    function pile(name, language) {
        switch (name) {
        case "good": return qsTr("Good")
        case "unsure": return qsTr("Not sure")
        case "bad": return qsTr("Not good")
        default: return qsTr("Not sorted yet")
        }
    }
    // How an answer was given, as words inside a sentence ("Taken at 10:42 as writing").
    function format(name, language) {
        switch (name) {
        case "speak": return qsTr("a voice note")
        case "write": return qsTr("writing")
        case "faces": return qsTr("a face")
        case "pictures": return qsTr("picture cards")
        case "draw": return qsTr("a drawing")
        default: return name
        }
    }
    function face(rating, language) {
        return [qsTr("Very bad"), qsTr("Bad"), qsTr("Okay"), qsTr("Good"), qsTr("Very good")][rating - 1] || ""
    }
}
