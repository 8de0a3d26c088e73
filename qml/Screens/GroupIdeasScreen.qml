import QtQuick
import Chorus

// A group session's ideas, gathered in turn: each person adds theirs in any way to answer, then
// the facilitator starts the voting.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "groupIdeasScreen"
    title: qsTr("Ideas from the group")
    showBack: false
    readText: [title, qsTr("The question: %1").arg(Group.question), count.text, Group.lastReference !== "" ? qsTr("Idea %1 is saved. To take it back later, keep this code: %2").arg(Group.ideas.length).arg(Group.lastReference) : ""]
        .concat(Group.ideas.map(i => qsTr("Idea %1").arg(i.number))).join(". ")

    QuestionBanner {
        width: parent.width
        prompt: ({ "text": Group.question })
    }

    BodyText {
        id: count
        objectName: "groupIdeaCount"
        width: parent.width
        text: Group.ideas.length === 0 ? qsTr("No ideas yet. Press \"Add an idea\" to give the first one.")
                                       : qsTr("%n idea(s) so far.", "", Group.ideas.length)
    }

    BodyText {
        objectName: "groupIdeaReference"
        width: parent.width
        visible: Group.lastReference !== ""
        text: qsTr("Idea %1 is saved. To take it back later, keep this code: %2").arg(Group.ideas.length).arg(Group.lastReference)
        font.bold: true
    }

    Repeater {
        id: ideas
        model: Group.ideasModel
        IdeaCard {
            required idea
            width: parent.width
        }
    }

    footer: [
        ActionButton {
            width: Math.min(implicitWidth, screen.width / 2 - Theme.margin)
            objectName: "groupStartVoting"
            enabled: Group.ideas.length > 0
            icon: Theme.rightToLeft ? "back" : "forward"
            text: qsTr("Everyone has given ideas: start voting")
            onClicked: {
                Group.beginVoting()
                screen.shell.show("groupVote")
            }
        },
        ActionButton {
            width: Math.min(implicitWidth, screen.width / 2 - Theme.margin)
            objectName: "groupAddIdea"
            primary: true
            icon: "write"
            text: qsTr("Add an idea")
            onClicked: screen.shell.addGroupIdea()
        }
    ]
}
