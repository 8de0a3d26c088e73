import QtQuick
import Chorus

// One Talking-Mats pile ("Good", "Not sure", "Not good"): a drop target, a button to put the
// picked card here, and the cards already in it, in words.
Rectangle {
    id: root
    property string pile
    property var cards: []
    property string picked: ""
    signal place()
    signal dropped(string symbol)

    readonly property var inPile: cards.filter(c => Session.piles[c] === pile)
    readonly property string pileWord: SymbolWords.pile(pile, Language.language)
    readonly property string face: pile === "good" ? "face5" : (pile === "bad" ? "face1" : "face3")

    objectName: "pile_" + pile
    height: column.implicitHeight + 2 * Theme.spacing
    color: pile === "good" ? Theme.good : (pile === "bad" ? Theme.bad : Theme.unsure)
    border.width: drop.containsDrag ? 6 : 2
    border.color: drop.containsDrag ? Theme.selectedBorder : Theme.border
    radius: Theme.radius

    DropArea {
        id: drop
        anchors.fill: parent
        keys: ["card"]
        onDropped: drag => root.dropped(drag.source.symbol)
    }

    Column {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: 8

        Row {
            spacing: 8
            SymbolIcon {
                name: root.face
                anchors.verticalCenter: parent.verticalCenter
            }
            BodyText {
                text: root.pileWord
                font.pixelSize: Theme.largeSize
                font.bold: true
                width: Math.min(implicitWidth, column.width - Theme.iconSize - 8)
                anchors.verticalCenter: parent.verticalCenter
                Accessible.role: Accessible.Heading
            }
        }
        ActionButton {
            objectName: "place_" + root.pile
            width: parent.width
            visible: root.picked !== ""
            text: qsTr("Put it here")
            accessibleName: qsTr("Put %1 in %2").arg(SymbolWords.word(root.picked, Language.language)).arg(root.pileWord)
            onClicked: root.place()
        }
        BodyText {
            width: parent.width
            text: root.inPile.length === 0 ? qsTr("Nothing here yet")
                                           : root.inPile.map(c => SymbolWords.word(c, Language.language)).join(", ")
        }
    }
}
