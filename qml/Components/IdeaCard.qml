import QtQuick
import Chorus

// One idea of a group session, in words (and its face or drawing), with Read aloud. While voting it
// takes and gives back the person's dots; on the results it shows its place as a bar, a number and words.
Rectangle {
    id: root

    // A map from Group.ideas or Group.results.
    property var idea: ({})
    // "list" while ideas are gathered, "vote" while a person places dots, "result" at the end.
    property string mode: "list"
    // The largest total, so bars compare with each other.
    property int maxVotes: 1

    readonly property string words: {
        const lang = Language.language
        switch (idea.format) {
        case "write":
            return idea.text || ""
        case "faces":
            return SymbolWords.face(idea.rating, lang)
        case "pictures": {
            const piles = idea.piles || {}
            let lines = []
            for (const pile of ["good", "unsure", "bad"]) {
                const cards = Object.keys(piles).filter(c => piles[c] === pile).map(c => SymbolWords.word(c, lang))
                if (cards.length)
                    lines.push(SymbolWords.pile(pile, lang) + ": " + cards.join(", "))
            }
            return lines.join("\n")
        }
        case "draw":
            return qsTr("A drawing")
        case "speak":
            return qsTr("A spoken idea: ask the person who said it to say it again")
        }
        return ""
    }
    readonly property string title: qsTr("Idea %1").arg(idea.number)
    readonly property string dotWords: idea.votes >= 0 ? qsTr("%n dot(s)", "", idea.votes) : ""
    // What Read aloud says and what assistive technology reads for the card.
    readonly property string sentence: {
        let parts = [title + ": " + words]
        if (mode === "vote")
            parts.push(qsTr("You have put %n dot(s) on this idea", "", idea.myDots))
        if (mode === "result")
            parts.push(qsTr("Place %1, with %2").arg(idea.rank).arg(dotWords))
        else if (dotWords !== "")
            parts.push(qsTr("So far: %1").arg(dotWords))
        return parts.join(". ")
    }

    signal addDot()
    signal removeDot()

    objectName: "ideaCard_" + idea.number
    height: column.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.border
    border.width: 2
    radius: Theme.radius
    Accessible.role: Accessible.StaticText
    Accessible.name: sentence

    Column {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing / 2

        Item {
            width: parent.width
            height: Math.max(heading.implicitHeight, readIdea.height)
            BodyText {
                id: heading
                anchors.left: parent.left
                anchors.right: readIdea.left
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: root.mode === "result" ? qsTr("Place %1: %2").arg(root.idea.rank).arg(root.title) : root.title
                font.bold: true
                font.pixelSize: Theme.largeSize
                Accessible.ignored: true
            }
            ActionButton {
                id: readIdea
                objectName: "readIdea_" + root.idea.number
                anchors.right: parent.right
                icon: "speaker"
                text: qsTr("Read aloud")
                accessibleName: qsTr("Read %1 aloud").arg(root.title)
                width: Math.min(implicitWidth, parent.width / 2)
                onClicked: Speech.say(root.sentence)
            }
        }
        SymbolIcon {
            visible: root.idea.format === "faces"
            name: root.idea.rating > 0 ? "face" + root.idea.rating : ""
            size: Theme.symbolSize
        }
        BodyText {
            objectName: "ideaWords"
            width: parent.width
            text: root.words
            font.pixelSize: Theme.largeSize
            Accessible.ignored: true
        }
        DrawingPreview {
            visible: root.idea.format === "draw"
            strokes: root.idea.strokes || []
            width: Math.min(parent.width, 320)
            height: width * 0.75
            Accessible.name: qsTr("The drawing of %1").arg(root.title)
        }

        // The person's dots on this idea, as dots and in words.
        Flow {
            visible: root.mode === "vote"
            width: parent.width
            spacing: Theme.spacing
            ActionButton {
                objectName: "removeDot_" + root.idea.number
                enabled: root.idea.myDots > 0
                icon: "clear"
                text: qsTr("Take a dot off")
                accessibleName: qsTr("Take a dot off %1").arg(root.title)
                onClicked: root.removeDot()
            }
            Row {
                height: Theme.target
                spacing: 8
                Accessible.ignored: true
                Repeater {
                    model: root.idea.myDots || 0
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 40
                        height: 40
                        radius: 20
                        color: Theme.primary
                        border.color: Theme.text
                        border.width: 2
                    }
                }
            }
            ActionButton {
                objectName: "addDot_" + root.idea.number
                enabled: Group.dotsLeft > 0
                primary: true
                text: qsTr("Add a dot")
                accessibleName: qsTr("Add a dot to %1").arg(root.title)
                onClicked: root.addDot()
            }
        }
        BodyText {
            objectName: "myDots"
            visible: root.mode === "vote"
            width: parent.width
            text: qsTr("Your dots here: %1").arg(root.idea.myDots)
            Accessible.ignored: true
        }

        // Totals: while voting only when the facilitator shows them, always on the results.
        Rectangle {
            visible: root.mode === "result"
            width: root.maxVotes > 0 ? Math.max(8, parent.width * root.idea.votes / root.maxVotes) : 8
            height: 32
            radius: 6
            color: Theme.primary
            Accessible.ignored: true
        }
        BodyText {
            objectName: "ideaVotes"
            visible: root.dotWords !== ""
            width: parent.width
            text: root.mode === "result" ? root.dotWords : qsTr("So far: %1").arg(root.dotWords)
            font.bold: true
            Accessible.ignored: true
        }
    }
}
