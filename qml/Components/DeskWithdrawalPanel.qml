import QtQuick
import QtQuick.Layouts
import Chorus

// Staff mode's "Withdraw an answer": type the code the person gives, see what it finds, confirm,
// and the outcome is read back to the person (and can be read again).
Rectangle {
    id: root

    required property DeskWithdrawal withdrawal

    objectName: "deskWithdrawalPanel"
    color: Theme.surface
    border.color: Theme.border
    border.width: 2
    radius: Theme.radius
    implicitWidth: 720
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Withdraw an answer")

    readonly property bool asking: withdrawal.state === DeskWithdrawal.FoundHere
                                   || withdrawal.state === DeskWithdrawal.NotHere

    Connections {
        target: root.withdrawal
        function onAnswered() { Speech.say(root.withdrawal.message) }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        BodyText {
            text: qsTr("Type the code the person gives you. An answer given on this device is withdrawn at once; one given elsewhere is withdrawn by the server.")
            Layout.fillWidth: true
        }
        BigTextField {
            id: codeField
            objectName: "withdrawCodeField"
            placeholderText: "K7P3-QX9A-HH2M"
            inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("The person's code")
            Layout.fillWidth: true
            onAccepted: root.withdrawal.find(text)
        }
        ActionButton {
            objectName: "withdrawFind"
            text: qsTr("Find the answer")
            enabled: codeField.text.trim() !== "" && !root.asking
            Layout.fillWidth: true
            onClicked: root.withdrawal.find(codeField.text)
        }
        BodyText {
            objectName: "withdrawMessage"
            visible: text !== ""
            text: root.withdrawal.message
            font.bold: true
            color: root.withdrawal.state === DeskWithdrawal.Invalid || root.withdrawal.state === DeskWithdrawal.Several
                   ? Theme.error : Theme.text
            Accessible.role: Accessible.AlertMessage
            Layout.fillWidth: true
        }
        ActionButton {
            objectName: "withdrawConfirm"
            visible: root.asking
            primary: true
            text: qsTr("Yes, withdraw it")
            accessibleName: qsTr("Yes, withdraw the answer with this code")
            Layout.fillWidth: true
            onClicked: {
                root.withdrawal.confirm()
                codeField.text = ""
            }
        }
        ActionButton {
            objectName: "withdrawCancel"
            visible: root.asking
            text: qsTr("No, keep it")
            accessibleName: qsTr("No, keep the answer")
            Layout.fillWidth: true
            onClicked: root.withdrawal.reset()
        }
        ActionButton {
            objectName: "withdrawSayAgain"
            visible: root.withdrawal.message !== "" && !root.asking
            icon: "speaker"
            text: qsTr("Read it out again")
            Layout.fillWidth: true
            onClicked: Speech.say(root.withdrawal.message)
        }
        BodyText {
            objectName: "withdrawWaiting"
            visible: root.withdrawal.waiting > 0
            text: qsTr("Codes waiting to be sent to the server: %1").arg(root.withdrawal.waiting)
            color: Theme.mutedText
            Layout.fillWidth: true
        }
    }
}
