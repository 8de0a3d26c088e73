import QtQuick
import Chorus

// A button with words and, if given, an icon beside them.
ButtonBase {
    id: root

    property string icon
    property int padding: 20

    readonly property int iconSpace: icon !== "" ? Theme.iconSize + row.spacing : 0
    implicitWidth: Math.max(Theme.target, label.implicitWidth + iconSpace + 2 * padding)
    implicitHeight: Math.max(Theme.target, Math.max(label.height, icon !== "" ? Theme.iconSize : 0) + 24)

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 12
        layoutDirection: Theme.rightToLeft ? Qt.RightToLeft : Qt.LeftToRight

        SymbolIcon {
            id: image
            visible: root.icon !== ""
            name: root.icon
            size: Theme.iconSize
            anchors.verticalCenter: parent.verticalCenter
        }
        BodyText {
            id: label
            text: root.text
            color: root.foreground
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, root.width - 2 * root.padding - root.iconSpace)
            Accessible.ignored: true
        }
    }
}
