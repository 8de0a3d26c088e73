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

    property string entered: ""
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

    Keys.onPressed: event => {
        if (event.text >= "0" && event.text <= "9" && event.text.length === 1) {
            entered += event.text
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            entered = entered.slice(0, -1)
            event.accepted = true
        }
    }

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
    Grid {
        columns: 3
        spacing: Theme.spacing
        LayoutMirroring.enabled: false
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
            ActionButton {
                required property string modelData
                objectName: "pin_" + (modelData === "⌫" ? "delete" : modelData)
                width: Theme.target * 1.5
                text: modelData === "OK" ? qsTr("OK") : modelData
                accessibleName: modelData === "⌫" ? qsTr("Delete") : text
                primary: modelData === "OK"
                onClicked: {
                    if (modelData === "OK")
                        screen.submit()
                    else if (modelData === "⌫")
                        screen.entered = screen.entered.slice(0, -1)
                    else if (screen.entered.length < 12)
                        screen.entered += modelData
                }
            }
        }
    }
}
