import QtQuick
import Chorus

// Talking-Mats sorting: tap a card then a pile, or drag the card onto a pile.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "picturesScreen"
    title: qsTr("Sort the pictures")
    readText: {
        let parts = [shell.prompt.text || "", title, help.text]
        for (const c of cards)
            parts.push(SymbolWords.word(c, Language.language) + ": " + SymbolWords.pile(Session.piles[c] || "", Language.language))
        return parts.join(". ")
    }
    onBack: shell.back()

    // Only cards that can be shown (a name with no words or picture here never appears). A question
    // that allows pictures but names fewer than three such cards gets the centre's everyday services.
    readonly property var namedCards: (shell.prompt.cards || []).filter(c => SymbolWords.known(c, PictureCards.revision))
    readonly property var cards: namedCards.length >= 3 ? namedCards : SymbolWords.builtIn
    property string picked: ""

    QuestionBanner {
        width: parent.width
        prompt: screen.shell.prompt
    }
    BodyText {
        id: help
        width: parent.width
        text: qsTr("Tap a picture. Then tap Good, Not sure or Not good. You can also drag it.")
    }

    Flow {
        id: cardFlow
        width: parent.width
        spacing: Theme.spacing
        Repeater {
            model: screen.cards
            ChoiceCard {
                id: card
                required property string modelData
                readonly property string pile: Session.piles[modelData] || ""
                objectName: "card_" + modelData
                width: Math.max(Theme.target, Math.min(240, (cardFlow.width - 3 * Theme.spacing) / 4))
                symbol: SymbolWords.icon(modelData)
                symbolDecorative: true // the card's words say what it shows
                symbolSize: Theme.iconSize * 1.5
                text: SymbolWords.word(modelData, Language.language)
                note: SymbolWords.pile(pile, Language.language)
                selected: screen.picked === modelData
                accessibleName: qsTr("%1. %2.").arg(text).arg(note)
                                + (selected ? " " + qsTr("Picked. Now choose where it goes.") : "")
                drag.target: ghost
                drag.threshold: 12
                onPressedChanged: if (pressed) {
                    const p = card.mapToItem(screen, 0, 0)
                    ghost.x = p.x
                    ghost.y = p.y
                    ghost.symbol = modelData
                    ghost.icon = card.symbol
                }
                readonly property bool dragging: drag.active
                onDraggingChanged: ghost.dragging = dragging
                onReleased: if (ghost.dragging) ghost.Drag.drop()
                onClicked: screen.picked = screen.picked === modelData ? "" : modelData
            }
        }
    }

    Flow {
        width: parent.width
        spacing: Theme.spacing
        Repeater {
            model: ["good", "unsure", "bad"]
            PileArea {
                required property string modelData
                pile: modelData
                width: Math.max(Theme.target * 3, (parent.width - 2 * Theme.spacing) / 3)
                cards: screen.cards
                picked: screen.picked
                onPlace: {
                    Session.setPile(screen.picked, modelData)
                    screen.picked = ""
                }
                onDropped: symbol => Session.setPile(symbol, modelData)
            }
        }
    }

    MissingAnswerHint {
        id: hint
        width: parent.width
    }

    footer: [
        NextButton {
            shell: screen.shell
            hint: hint
        }
    ]

    // What moves under the finger while a card is dragged.
    Rectangle {
        id: ghost
        property string symbol // the card's name, which the pile keeps
        property string icon
        property bool dragging: false
        parent: screen
        width: 160
        height: 160
        visible: dragging
        color: Theme.selectedBackground
        border.color: Theme.selectedBorder
        border.width: 4
        radius: Theme.radius
        Drag.active: dragging
        Drag.hotSpot.x: width / 2
        Drag.hotSpot.y: height / 2
        Drag.keys: ["card"]
        Accessible.ignored: true
        SymbolIcon {
            anchors.centerIn: parent
            name: ghost.icon
            size: 96
            decorative: true
        }
    }
}
