import QtQuick
import Chorus

// A big card for one choice: a symbol above one easy-read sentence, with "Chosen" in words
// when selected so nothing depends on colour.
ButtonBase {
    id: root

    property string symbol
    property string note      // a small line under the text, e.g. "In English"
    property int symbolSize: Theme.symbolSize
    // An uploaded picture is named to assistive technology unless the card's words already say what it shows.
    property bool symbolDecorative: false

    implicitWidth: 320
    implicitHeight: Math.max(Theme.target, column.implicitHeight + 32)

    Column {
        id: column
        anchors.centerIn: parent
        width: root.width - 32
        spacing: 8

        SymbolIcon {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: root.symbol !== ""
            name: root.symbol
            size: root.symbolSize
            decorative: root.symbolDecorative || !isPicture
        }
        BodyText {
            width: parent.width
            text: root.text
            color: root.foreground
            font.pixelSize: Theme.largeSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Accessible.ignored: true
        }
        BodyText {
            width: parent.width
            visible: root.note !== ""
            text: root.note
            color: root.foreground
            horizontalAlignment: Text.AlignHCenter
            Accessible.ignored: true
        }
        BodyText {
            width: parent.width
            visible: root.selected
            //: Shown on a card the person has picked; words as well as colour.
            text: "✓ " + qsTr("Chosen")
            color: root.foreground
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Accessible.ignored: true
        }
    }
}
