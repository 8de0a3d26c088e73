import QtQuick
import Chorus

// The question being answered, kept in view on every answer screen.
Rectangle {
    id: root
    property var prompt: ({})
    readonly property string text: prompt.text || ""

    height: row.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.border
    border.width: 2
    radius: Theme.radius
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("The question: %1").arg(text)

    Row {
        id: row
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing
        SymbolIcon {
            name: root.prompt.symbol || ""
            size: Theme.iconSize * 1.5
            visible: name !== ""
        }
        Column {
            width: parent.width - Theme.iconSize * 1.5 - Theme.spacing
            BodyText {
                width: parent.width
                text: root.text
                font.pixelSize: Theme.largeSize
                font.bold: true
                Accessible.ignored: true
            }
            BodyText {
                width: parent.width
                visible: root.prompt.fellBack === true
                text: "(" + qsTr("In English") + ")"
                Accessible.ignored: true
            }
        }
    }
}
