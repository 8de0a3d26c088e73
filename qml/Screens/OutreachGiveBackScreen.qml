import QtQuick
import Chorus

// After a person had the tablet to answer on their own (whether they sent an answer or not): they
// hand it back. Nothing of their answer shows here or after it, and only the worker's PIN goes on
// to the home.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "outreachGiveBackScreen"
    showBack: false
    title: qsTr("Please give the tablet back")
    readText: [title, thanks.text, ask.text].join(". ")

    property bool wrong: false

    Keys.onPressed: event => pad.handleKey(event)

    Connections {
        target: Outreach
        function onPinRefused() {
            screen.wrong = true
            pad.entered = ""
        }
        function onReturned() {
            pad.entered = ""
            screen.shell.startAgain()
        }
    }

    BodyText {
        id: thanks
        width: parent.width
        font.pixelSize: Theme.largeSize
        text: (Outreach.handOverSaved ? qsTr("Thank you. Your answer is saved. Please give the tablet back to %1.")
                                      : qsTr("Thank you. Please give the tablet back to %1.")).arg(Outreach.workerName)
    }
    BodyText {
        id: ask
        width: parent.width
        text: qsTr("%1: type your PIN to go on.").arg(Outreach.workerName)
    }
    BodyText {
        objectName: "giveBackPinDots"
        width: parent.width
        font.pixelSize: Theme.titleSize
        text: Outreach.checking ? qsTr("Checking the PIN…") : pad.entered.length ? "● ".repeat(pad.entered.length) : qsTr("Enter your PIN")
        Accessible.name: Outreach.checking ? text : qsTr("%n digit(s) entered", "", pad.entered.length)
    }
    PinRefusal {
        objectName: "giveBackPinMessage"
        width: parent.width
        wrong: screen.wrong
        checking: Outreach.checking
        waitSeconds: Outreach.waitSeconds
    }
    PinPad {
        id: pad
        prefix: "giveBackPin_"
        maxLength: 8
        onSubmitted: {
            // Refused without a check (during a wait after wrong PINs): start the next try afresh.
            if (!Outreach.unlockReturn(pad.entered) && !Outreach.checking) {
                screen.wrong = true
                pad.entered = ""
            }
        }
    }
}
