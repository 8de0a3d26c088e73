import QtQuick
import Chorus

// Dot voting, one person at a time: they place their dots on the idea cards (by touch, keyboard or
// switch), then pass the tablet on. Totals show only if the facilitator chose to show them.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "groupVoteScreen"
    readonly property bool handover: Group.phase === GroupSessionController.Handover
    title: handover ? qsTr("Thank you for voting") : qsTr("Person %1: place your dots").arg(Group.voter)
    showBack: false
    readText: handover ? [title, passOn.text].join(". ")
                       : [title, left.text].concat(Group.ideas.map(i => qsTr("Idea %1").arg(i.number))).join(". ")

    BodyText {
        id: left
        objectName: "dotsLeft"
        visible: !screen.handover
        width: parent.width
        text: qsTr("You have %n dot(s) left. Put them on the ideas you like best. You can put more than one dot on an idea.", "", Group.dotsLeft)
        font.pixelSize: Theme.largeSize
    }
    BodyText {
        id: hidden
        visible: !screen.handover && !Group.votesVisible
        width: parent.width
        text: qsTr("The votes stay hidden until everyone has voted.")
    }

    Repeater {
        id: cards
        model: Group.ideasModel
        IdeaCard {
            required idea
            visible: !screen.handover
            width: parent.width
            mode: "vote"
            onAddDot: Group.addDot(idea.ideaId)
            onRemoveDot: Group.removeDot(idea.ideaId)
        }
    }

    BodyText {
        id: passOn
        objectName: "passOn"
        visible: screen.handover
        width: parent.width
        text: qsTr("Your dots are saved. Pass the tablet to the next person, or show the results when everyone has voted.")
        font.pixelSize: Theme.largeSize
    }

    BodyText {
        objectName: "groupVoteError"
        width: parent.width
        visible: text !== ""
        color: Theme.error
        text: Group.errorMessage
    }

    footer: [
        ActionButton {
            width: Math.min(implicitWidth, screen.width / 2 - Theme.margin)
            objectName: "groupShowResults"
            visible: screen.handover
            text: qsTr("Everyone has voted: show the results")
            onClicked: {
                Group.showResults()
                screen.shell.show("groupResults")
            }
        },
        ActionButton {
            width: Math.min(implicitWidth, screen.width / 2 - Theme.margin)
            objectName: "groupNextPerson"
            visible: screen.handover
            primary: true
            icon: Theme.rightToLeft ? "back" : "forward"
            text: qsTr("Next person")
            onClicked: {
                Group.nextVoter()
                screen.forceActiveFocus()
            }
        },
        ActionButton {
            width: Math.min(implicitWidth, screen.width / 2 - Theme.margin)
            objectName: "groupFinishVoting"
            visible: !screen.handover
            primary: true
            icon: Theme.rightToLeft ? "back" : "forward"
            text: Group.dotsLeft > 0 ? qsTr("I have finished (%n dot(s) not used)", "", Group.dotsLeft) : qsTr("I have finished")
            onClicked: {
                Group.finishVoter()
                screen.forceActiveFocus()
            }
        }
    ]
}
