import QtQuick
import Chorus

// Each active prompt as a symbol and one easy-read sentence.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "questionScreen"
    title: qsTr("Choose a question")
    readText: {
        let parts = [title]
        for (let i = 0; i < cards.count; ++i)
            parts.push(cards.itemAt(i) ? cards.itemAt(i).text : "")
        return parts.join(". ")
    }
    onBack: shell.back()

    BodyText {
        width: parent.width
        visible: Prompts.count === 0
        text: qsTr("There are no questions today. Please ask a member of staff.")
    }

    Flow {
        width: parent.width
        spacing: Theme.spacing
        Repeater {
            id: cards
            model: Prompts
            ChoiceCard {
                required property int index
                required property string promptId
                required text
                required symbol
                required property bool fellBack
                objectName: "prompt_" + index
                width: parent.width >= 2 * 360 + Theme.spacing ? (parent.width - Theme.spacing) / 2 : parent.width
                note: fellBack ? qsTr("In English") : ""
                accessibleName: fellBack ? qsTr("Question in English: %1").arg(text) : qsTr("Question: %1").arg(text)
                onClicked: screen.shell.choosePrompt(promptId)
            }
        }
    }
}
