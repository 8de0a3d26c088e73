import QtQuick
import Chorus

// A yes/no choice as a wide card with a tick box that says "Yes" or "No" in words.
ButtonBase {
    id: root
    property bool checked: false
    checkable: true
    selected: checked
    implicitWidth: 600
    implicitHeight: Math.max(Theme.target, label.implicitHeight + 32)
    accessibleName: text

    Rectangle {
        id: box
        x: Theme.rightToLeft ? parent.width - width - 20 : 20
        anchors.verticalCenter: parent.verticalCenter
        width: 48
        height: 48
        radius: 6
        color: Theme.surface
        border.width: 4
        border.color: Theme.text
        Accessible.ignored: true
        Text {
            anchors.centerIn: parent
            text: root.checked ? "✓" : ""
            color: Theme.text
            font.pixelSize: 36
            font.bold: true
            Accessible.ignored: true
        }
    }
    BodyText {
        id: label
        anchors.verticalCenter: parent.verticalCenter
        x: Theme.rightToLeft ? 20 : box.width + 40
        width: parent.width - box.width - 60
        // A colon, not a dash: Qt will not break an Arabic line before " — ", so the dash and the
        // word before it ran past the card at 200% text on a tablet held tall.
        text: root.text + ": " + (root.checked ? qsTr("Yes") : qsTr("No"))
        color: root.foreground
        Accessible.ignored: true
    }
}
