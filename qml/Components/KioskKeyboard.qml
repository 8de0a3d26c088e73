import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Chorus

// The on-screen keyboard for kiosks with no physical keyboard; loaded only in kiosk mode. Its layout
// follows the language the person chose. Debian 12's Qt 6.4.2 ships ar_AR and en_GB layouts but no
// Welsh one, so Welsh uses en_GB until a Welsh layout (ŵ, ŷ and the other circumflexes) is written.
InputPanel {
    id: panel
    readonly property string layout: Language.language === "ar" ? "ar_AR" : "en_GB"
    y: active ? parent.height - height : parent.height
    width: parent.width
    Behavior on y { NumberAnimation { duration: 150 } }

    Component.onCompleted: VirtualKeyboardSettings.activeLocales = ["en_GB", "ar_AR"]

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: panel.layout
    }
}
