import QtQuick
import Chorus

// The facilitator sets up a group session: the question, how many dots each person gets, and
// whether the totals stay hidden until everyone has voted.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "groupSetupScreen"
    title: qsTr("Start a group session")
    readText: [title, questionLabel.text, question.text, dotsLabel.text, qsTr("%n dot(s) each", "", screen.dots)].join(". ")
    onBack: shell.show("staff")

    property int dots: 3
    property bool hideVotes: false

    BodyText {
        id: questionLabel
        width: parent.width
        text: qsTr("The question for the group")
        font.bold: true
    }
    BigTextField {
        id: question
        objectName: "groupQuestion"
        width: parent.width
        focus: true
        Accessible.name: questionLabel.text
    }

    BodyText {
        id: dotsLabel
        width: parent.width
        text: qsTr("How many dots each person gets")
        font.bold: true
    }
    Flow {
        width: parent.width
        spacing: Theme.spacing
        Repeater {
            model: [1, 2, 3, 4, 5, 6]
            ActionButton {
                required property int modelData
                objectName: "groupDots_" + modelData
                exclusive: true
                selected: screen.dots === modelData
                text: modelData
                accessibleName: qsTr("%n dot(s) each", "", modelData)
                onClicked: screen.dots = modelData
            }
        }
    }

    ToggleChoice {
        objectName: "groupHideVotes"
        width: parent.width
        text: qsTr("Hide the votes until everyone has voted")
        checked: screen.hideVotes
        onClicked: screen.hideVotes = !screen.hideVotes
    }

    BodyText {
        objectName: "groupSetupError"
        width: parent.width
        visible: text !== ""
        color: Theme.error
        text: Group.errorMessage
    }

    footer: [
        ActionButton {
            width: Math.min(implicitWidth, screen.width / 2 - Theme.margin)
            objectName: "groupStart"
            primary: true
            icon: Theme.rightToLeft ? "back" : "forward"
            text: qsTr("Start gathering ideas")
            onClicked: {
                if (Group.start(question.text, screen.dots, screen.hideVotes))
                    screen.shell.show("groupIdeas")
            }
        }
    ]
}
