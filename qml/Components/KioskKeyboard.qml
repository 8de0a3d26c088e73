import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Chorus

// The on-screen keyboard for kiosks with no physical keyboard; loaded only in kiosk mode. Its layout
// follows the language the person chose: Welsh (Chorus's own, with ŵ, ŷ and the other circumflexes
// on keys of their own), English (UK) and Arabic (Qt's). Qt reads layouts from one folder, so the
// folder is Chorus's (qml/Keyboard), which loads Qt's English and Arabic layouts from their place.
// In the high-contrast look the keys are yellow on black (qml/KeyboardStyle).
InputPanel {
    id: panel
    readonly property string layout: Language.language === "ar" ? "ar_AR" : (Language.language === "cy" ? "cy_GB" : "en_GB")
    y: active ? parent.height - height : parent.height
    width: parent.width
    Behavior on y { NumberAnimation { duration: 150 } }

    Component.onCompleted: {
        VirtualKeyboardSettings.layoutPath = "qrc:/chorus/keyboard"
        VirtualKeyboardSettings.activeLocales = ["en_GB", "cy_GB", "ar_AR"]
    }

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: panel.layout
    }
    // The kiosk's high-contrast look reaches the keyboard too (qml/KeyboardStyle).
    Binding {
        target: VirtualKeyboardSettings
        property: "styleName"
        value: Theme.highContrast ? "chorushighcontrast" : "default"
    }
}
