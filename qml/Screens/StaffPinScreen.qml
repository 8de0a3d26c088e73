import QtQuick
import Chorus

// The staff PIN pad. Wrong PINs make the next try wait longer. The PIN is checked off the UI thread:
// the screen stays live and says so while it is checked.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "staffPinScreen"
    title: qsTr("Staff PIN")
    readText: [title, message.text].join(". ")
    onBack: shell.startAgain()

    property alias entered: pad.entered
    property bool wrong: false

    Timer {
        interval: 1000
        repeat: true
        running: StaffPin.waitSeconds > 0
        onTriggered: message.wait = StaffPin.waitSeconds
    }

    function refuse() {
        wrong = true
        entered = ""
        message.wait = StaffPin.waitSeconds
    }

    function submit() {
        // While a PIN is being checked another is not started; during a wait it is refused.
        if (!StaffPin.checking && !StaffPin.tryUnlock(entered))
            refuse()
    }

    Connections {
        target: StaffPin
        function onUnlocked() {
            screen.entered = ""
            // The PIN every device ships with is changed before staff mode does anything else.
            screen.shell.go(StaffPin.mustChangePin ? "staffNewPin" : "staff")
        }
        function onRefused() { screen.refuse() }
    }

    Keys.onPressed: event => pad.handleKey(event)

    BodyText {
        width: parent.width
        objectName: "pinDots"
        text: StaffPin.checking ? qsTr("Checking the PIN…") : entered.length ? "● ".repeat(entered.length) : qsTr("Enter the PIN")
        font.pixelSize: Theme.titleSize
        Accessible.name: StaffPin.checking ? text : qsTr("%n digit(s) entered", "", entered.length)
    }
    BodyText {
        id: message
        property int wait: StaffPin.waitSeconds
        objectName: "pinMessage"
        width: parent.width
        visible: (screen.wrong || wait > 0) && !StaffPin.checking
        color: Theme.error
        font.bold: true
        text: wait > 0 ? qsTr("Wrong PIN. Please wait %n second(s) before trying again.", "", wait)
                       : qsTr("Wrong PIN. Please try again.")
    }
    PinPad {
        id: pad
        onSubmitted: screen.submit()
    }
}
