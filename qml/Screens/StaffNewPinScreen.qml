import QtQuick
import Chorus

// Shown instead of staff settings while the device still has the PIN it came with: anyone who has
// read the manual knows that PIN, so a new one comes before anything else staff mode can do.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "staffNewPinScreen"
    title: qsTr("Choose a new staff PIN")
    readText: [title, explanation.text, result.text].join(". ")
    onBack: shell.startAgain()

    Connections {
        target: StaffPin
        function onPinChanged() { screen.shell.go("staff") }
    }

    BodyText {
        id: explanation
        width: parent.width
        text: qsTr("This device still has the PIN it came with, which anyone could know. Choose a new PIN of 4 to 12 digits before using staff settings.")
    }
    BigTextField {
        id: pin
        objectName: "requiredNewPinField"
        width: parent.width
        focus: true
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
        Accessible.name: qsTr("New PIN, 4 to 12 digits")
        onAccepted: save.clicked()
    }
    BodyText {
        id: result
        objectName: "requiredNewPinResult"
        width: parent.width
        visible: text !== ""
        color: Theme.error
        font.bold: true
    }

    footer: [
        ActionButton {
            id: save
            objectName: "saveRequiredNewPin"
            primary: true
            text: qsTr("Save the new PIN")
            onClicked: result.text = StaffPin.changePin(pin.text) ? ""
                : qsTr("The PIN must be 4 to 12 digits, and not the one the device came with.")
        }
    ]
}
