import QtQuick
import QtQuick.VirtualKeyboard

// The on-screen keyboard for kiosks with no physical keyboard; loaded only in kiosk mode.
InputPanel {
    id: panel
    y: active ? parent.height - height : parent.height
    width: parent.width
    Behavior on y { NumberAnimation { duration: 150 } }
}
