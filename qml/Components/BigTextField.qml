import QtQuick
import QtQuick.Controls
import Chorus

// A one-line text box sized for the kiosk, with the focus ring.
TextField {
    id: field
    // Through the implicit size, so layouts keep the large target too.
    implicitHeight: Math.max(Theme.target, contentHeight + topPadding + bottomPadding)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    color: Theme.text
    padding: 16
    Accessible.role: Accessible.EditableText
    background: Rectangle {
        color: Theme.surface
        border.width: field.activeFocus ? Theme.focusWidth : 2
        border.color: field.activeFocus ? Theme.focusRing : Theme.border
        radius: Theme.radius
    }
}
