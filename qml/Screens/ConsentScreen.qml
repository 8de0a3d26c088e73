import QtQuick
import QtQuick.Controls
import Chorus

// How the answer will be used, in easy read. Sharing without a name is the default and the
// least a person agrees to by sending; everything else is their choice.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "consentScreen"
    title: qsTr("How we use your answer")
    readText: (Outreach.assisted ? [turn.text] : []).concat([title, line1.text, line2.text, quote.text, contact.text],
                                                             workerMayOpen.visible ? [workerMayOpen.text] : []).join(". ")
    showBack: Session.state !== KioskSession.Sending
    onBack: shell.back()

    Connections {
        target: Session
        function onStateChanged() {
            if (Session.state === KioskSession.Sent)
                screen.shell.answerSent()
        }
    }

    // Assisted: the worker wrote the answer, but consent is the person's own, so it is read to them.
    Component.onCompleted: if (Outreach.assisted) Speech.say(readText)
    BodyText {
        id: turn
        objectName: "turnToPerson"
        visible: Outreach.assisted
        width: parent.width
        font.bold: true
        text: qsTr("Please turn the tablet to the person. These choices are theirs: read them out and let them answer.")
    }
    BodyText {
        id: line1
        width: parent.width
        text: qsTr("Staff will read your answer. It helps them make things better.")
    }
    BodyText {
        id: line2
        width: parent.width
        text: qsTr("Your name is not on your answer, unless you ask us to contact you.")
    }
    ToggleChoice {
        id: quote
        objectName: "mayQuote"
        width: parent.width
        text: qsTr("You may use my words in reports")
        checked: Session.mayQuote
        onClicked: Session.mayQuote = !Session.mayQuote
    }
    ToggleChoice {
        id: contact
        objectName: "contactMe"
        width: parent.width
        text: qsTr("Please contact me about my answer")
        checked: Session.contactMe
        onClicked: Session.contactMe = !Session.contactMe
    }
    // On an outreach tablet: whether the worker may open this answer again today, to put a mistake
    // right. Off unless the person turns it on.
    ToggleChoice {
        id: workerMayOpen
        objectName: "workerMayOpen"
        visible: Outreach.active && Outreach.sessionRunning && Outreach.signedIn
        width: parent.width
        text: qsTr("%1 may open my answer on this tablet today, to put a mistake right").arg(Outreach.workerName)
        checked: OutreachAnswers.workerMayOpen
        onClicked: OutreachAnswers.workerMayOpen = !OutreachAnswers.workerMayOpen
    }
    Column {
        width: parent.width
        visible: Session.contactMe
        spacing: 8
        BodyText {
            width: parent.width
            text: qsTr("Your name (you do not have to give it)")
        }
        BigTextField {
            objectName: "contactName"
            width: parent.width
            text: Session.contactName
            onTextChanged: Session.contactName = text
            Accessible.name: qsTr("Your name")
        }
        BodyText {
            width: parent.width
            text: qsTr("Your phone number or email")
        }
        BigTextField {
            objectName: "contactDetail"
            width: parent.width
            text: Session.contactDetail
            onTextChanged: Session.contactDetail = text
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Your phone number or email")
        }
    }

    Rectangle {
        objectName: "sendError"
        width: parent.width
        visible: Session.state === KioskSession.Failed
        height: errorText.implicitHeight + 2 * Theme.spacing
        color: Theme.errorBackground
        border.color: Theme.error
        border.width: 3
        radius: Theme.radius
        BodyText {
            id: errorText
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            color: Theme.error
            font.bold: true
            text: qsTr("Your answer was not sent. %1 Your answer is still here. Please try again.").arg(Session.errorMessage)
        }
    }
    BodyText {
        objectName: "sending"
        width: parent.width
        visible: Session.state === KioskSession.Sending
        text: qsTr("Sending…")
        font.pixelSize: Theme.largeSize
        font.bold: true
    }

    footer: [
        ActionButton {
            objectName: "dontSend"
            icon: "clear"
            visible: Session.state !== KioskSession.Sending
            text: qsTr("Do not send")
            accessibleName: qsTr("Do not send: clear your answer and go back to the start")
            onClicked: screen.shell.startAgain()
        },
        ActionButton {
            objectName: "sendButton"
            primary: true
            icon: "send"
            visible: Session.state !== KioskSession.Sending
            text: Session.state === KioskSession.Failed ? qsTr("Try again") : qsTr("Send my answer")
            onClicked: Session.send()
        }
    ]
}
