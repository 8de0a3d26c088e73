import QtQuick
import Chorus

// Shows, and reads aloud, exactly what will be sent; change it or start again.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "checkScreen"
    title: qsTr("Is this right?")
    readText: [title, qsTr("The question: %1").arg(shell.prompt.text || ""), qsTr("Your answer:"), summary.text].join(" ")
    onBack: shell.back()

    readonly property string answerText: {
        const lang = Language.language
        switch (Session.format) {
        case "write":
            return Session.text
        case "faces":
            return SymbolWords.face(Session.rating, lang)
        case "pictures": {
            const cards = Object.keys(Session.piles)
            let lines = []
            for (const pile of ["good", "unsure", "bad"]) {
                const inPile = cards.filter(c => Session.piles[c] === pile).map(c => SymbolWords.word(c, lang))
                if (inPile.length)
                    lines.push(SymbolWords.pile(pile, lang) + ": " + inPile.join(", "))
            }
            return lines.join("\n")
        }
        case "draw":
            return qsTr("Your drawing")
        case "speak":
            return qsTr("Your voice recording")
        }
        return ""
    }

    QuestionBanner {
        width: parent.width
        prompt: screen.shell.prompt
    }

    Rectangle {
        width: parent.width
        height: answerColumn.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        border.color: Theme.border
        border.width: 2
        radius: Theme.radius
        Column {
            id: answerColumn
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: 8
            BodyText {
                width: parent.width
                text: qsTr("Your answer:")
                font.bold: true
            }
            SymbolIcon {
                visible: Session.format === "faces"
                name: Session.rating > 0 ? "face" + Session.rating : ""
                size: Theme.symbolSize
            }
            BodyText {
                id: summary
                objectName: "answerSummary"
                width: parent.width
                text: screen.answerText
                font.pixelSize: Theme.largeSize
            }
            DrawingPreview {
                visible: Session.format === "draw"
                width: Math.min(parent.width, 480)
                height: width * 0.75
            }
        }
    }

    footer: [
        ActionButton {
            objectName: "startAgain"
            icon: "clear"
            text: qsTr("Start again")
            accessibleName: qsTr("Start again: clear your answer and go back to the start")
            onClicked: screen.shell.startAgain()
        },
        ActionButton {
            objectName: "changeAnswer"
            icon: "write"
            text: qsTr("Change it")
            accessibleName: qsTr("Change your answer")
            onClicked: screen.shell.back()
        },
        ActionButton {
            objectName: "confirmAnswer"
            primary: true
            icon: Theme.rightToLeft ? "back" : "forward"
            text: qsTr("Yes, this is right")
            onClicked: screen.shell.go("consent")
        }
    ]
}
