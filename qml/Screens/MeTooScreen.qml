import QtQuick
import Chorus

// "Ideas from people here": ideas coordinators published, read aloud, each with a one-tap "Me too"
// that saves a support on this device (it syncs like an answer).
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "meTooScreen"
    title: qsTr("Ideas from people here")
    readText: [title, help.text].concat(words).join(". ")
    onBack: shell.back()

    property var words: []
    function refreshWords() {
        const out = []
        for (let i = 0; i < ideas.count; ++i) {
            const card = ideas.itemAt(i)
            if (card)
                out.push(card.sentence)
        }
        words = out
    }

    BodyText {
        id: help
        width: parent.width
        text: qsTr("Other people had these ideas. If you agree, press \"Me too\". You do not need to give your name.")
    }

    Repeater {
        id: ideas
        model: IdeasHere
        onCountChanged: screen.refreshWords()
        Rectangle {
            id: card
            required property int index
            required property string ideaId
            required property string text
            required property bool fellBack
            required property string symbol
            required property bool supported
            // A drawing published with the idea (its person's own picture) is shown large and said.
            readonly property bool withPicture: symbol.startsWith("picture:")
            readonly property string sentence: text + (fellBack ? " (" + qsTr("In English") + ")" : "")
                                               + (withPicture ? ". " + qsTr("There is a drawing with this idea.") : "")
            onSentenceChanged: screen.refreshWords()
            objectName: "publishedIdea_" + index
            width: parent.width
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
                Row {
                    width: parent.width
                    spacing: Theme.spacing
                    SymbolIcon {
                        id: ideaSymbol
                        objectName: "publishedIdeaSymbol_" + card.index
                        name: card.symbol
                        size: Theme.iconSize * (card.withPicture ? 3 : 1.5)
                        visible: name !== ""
                        pictureWords: qsTr("The drawing that came with this idea")
                        pictureMissingWords: qsTr("The drawing that came with this idea has not arrived yet")
                    }
                    BodyText {
                        width: parent.width - (card.symbol !== "" ? ideaSymbol.size + Theme.spacing : 0)
                        text: card.sentence
                        font.pixelSize: Theme.largeSize
                        Accessible.ignored: true
                    }
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing
                    ActionButton {
                        objectName: "readPublishedIdea_" + card.index
                        icon: "speaker"
                        text: qsTr("Read aloud")
                        accessibleName: qsTr("Read this idea aloud: %1").arg(card.text)
                        width: Math.min(implicitWidth, column.width)
                        onClicked: Speech.say(card.sentence)
                    }
                    ActionButton {
                        objectName: "meToo_" + card.index
                        primary: !card.supported
                        selected: card.supported
                        enabled: !card.supported
                        width: Math.min(implicitWidth, column.width)
                        text: card.supported ? qsTr("Thank you: your support is counted") : qsTr("Me too")
                        accessibleName: card.supported ? text : qsTr("Me too: I agree with this idea: %1").arg(card.text)
                        onClicked: {
                            if (IdeasHere.support(card.ideaId))
                                Speech.say(qsTr("Thank you: your support is counted"))
                        }
                    }
                }
            }
        }
    }

    BodyText {
        objectName: "meTooError"
        width: parent.width
        visible: text !== ""
        color: Theme.error
        text: IdeasHere.errorMessage
    }

    footer: [
        ActionButton {
            width: Math.min(implicitWidth, screen.width / 2 - Theme.margin)
            objectName: "meTooDone"
            primary: true
            text: qsTr("Back to the start")
            onClicked: screen.shell.startAgain()
        }
    ]
}
