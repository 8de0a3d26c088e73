import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// Welsh: the English (UK) letters plus a row of the circumflex vowels Welsh writes every day (â ê î
// ô û ŵ ŷ), each a key of its own so nobody has to know to press and hold; the other accents Welsh
// uses (á à ä and so on) are on a long press of their vowel. Shift gives the capitals of all of them.
KeyboardLayout {
    keyWeight: 160
    KeyboardRow {
        Repeater {
            model: ["â", "ê", "î", "ô", "û", "ŵ", "ŷ"]
            Key {
                required property string modelData
                objectName: "welshKey_" + modelData
                key: modelData.charCodeAt(0)
                text: modelData
            }
        }
    }
    KeyboardRow {
        Key { key: Qt.Key_Q; text: "q" }
        Key { key: Qt.Key_W; text: "w"; alternativeKeys: "wŵẃẁẅ" }
        Key { key: Qt.Key_E; text: "e"; alternativeKeys: "eêéèë" }
        Key { key: Qt.Key_R; text: "r" }
        Key { key: Qt.Key_T; text: "t" }
        Key { key: Qt.Key_Y; text: "y"; alternativeKeys: "yŷýỳÿ" }
        Key { key: Qt.Key_U; text: "u"; alternativeKeys: "uûúùü" }
        Key { key: Qt.Key_I; text: "i"; alternativeKeys: "iîíìï" }
        Key { key: Qt.Key_O; text: "o"; alternativeKeys: "oôóòö" }
        Key { key: Qt.Key_P; text: "p" }
        BackspaceKey {}
    }
    KeyboardRow {
        FillerKey { weight: 56 }
        Key { key: Qt.Key_A; text: "a"; alternativeKeys: "aâáàä" }
        Key { key: Qt.Key_S; text: "s" }
        Key { key: Qt.Key_D; text: "d" }
        Key { key: Qt.Key_F; text: "f" }
        Key { key: Qt.Key_G; text: "g" }
        Key { key: Qt.Key_H; text: "h" }
        Key { key: Qt.Key_J; text: "j" }
        Key { key: Qt.Key_K; text: "k" }
        Key { key: Qt.Key_L; text: "l" }
        EnterKey { weight: 283 }
    }
    KeyboardRow {
        keyWeight: 156
        ShiftKey {}
        Key { key: Qt.Key_Z; text: "z" }
        Key { key: Qt.Key_X; text: "x" }
        Key { key: Qt.Key_C; text: "c" }
        Key { key: Qt.Key_V; text: "v" }
        Key { key: Qt.Key_B; text: "b" }
        Key { key: Qt.Key_N; text: "n" }
        Key { key: Qt.Key_M; text: "m" }
        Key { key: Qt.Key_Comma; text: ","; alternativeKeys: ",;:" }
        Key { key: Qt.Key_Period; text: "."; alternativeKeys: ".?!'" }
        ShiftKey { weight: 204 }
    }
    KeyboardRow {
        keyWeight: 154
        SymbolModeKey { weight: 217 }
        Key { key: Qt.Key_Apostrophe; text: "'" }
        SpaceKey { weight: 864 }
        Key { key: Qt.Key_Minus; text: "-" }
        HideKeyboardKey { weight: 204 }
    }
}
