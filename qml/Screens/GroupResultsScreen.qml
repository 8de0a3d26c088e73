import QtQuick
import Chorus

// The group's ranked ideas as bars with numbers and words, and the facilitator's "what happens
// next"; ending the session saves them and forgets the ideas held on this tablet.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "groupResultsScreen"
    title: qsTr("What the group chose")
    showBack: false
    readText: [title, qsTr("The question: %1").arg(Group.question), summary.text]
        .concat(ranked.model.map(i => qsTr("Place %1: idea %2, %3").arg(i.rank).arg(i.number).arg(qsTr("%n dot(s)", "", i.votes))))
        .concat([nextLabel.text, nextStep.text]).join(". ")

    QuestionBanner {
        width: parent.width
        prompt: ({ "text": Group.question })
    }
    BodyText {
        id: summary
        objectName: "groupSummary"
        width: parent.width
        text: qsTr("%n person(s) voted.", "", Group.participants) + " " + qsTr("%n dot(s) in all.", "", Group.totalDots)
    }

    Repeater {
        id: ranked
        model: Group.results
        IdeaCard {
            required property var modelData
            width: parent.width
            idea: modelData
            mode: "result"
            maxVotes: Group.results.length > 0 ? Group.results[0].votes : 1
        }
    }

    BodyText {
        id: nextLabel
        width: parent.width
        text: qsTr("What happens next (the facilitator writes this)")
        font.bold: true
    }
    BigTextField {
        id: nextStep
        objectName: "groupNextStep"
        width: parent.width
        text: Group.nextStep
        onTextChanged: Group.nextStep = text
        Accessible.name: nextLabel.text
    }

    BodyText {
        objectName: "groupResultsError"
        width: parent.width
        visible: text !== ""
        color: Theme.error
        text: Group.errorMessage
    }

    footer: [
        ActionButton {
            width: Math.min(implicitWidth, screen.width / 2 - Theme.margin)
            objectName: "groupEnd"
            primary: true
            text: qsTr("End the session")
            accessibleName: qsTr("End the session: save what happens next and clear the ideas from this tablet")
            onClicked: {
                if (Group.end())
                    screen.shell.startAgain()
            }
        }
    ]
}
