import QtQuick
import QtQuick.Layouts
import QtMultimedia
import Chorus

// Staff mode's view of sync: the server, enrolment by code (typed, read by the camera from the
// coordinator's QR code, or from a picture file of it), the last sync, what is waiting, any error
// in words, and "Sync now".
Rectangle {
    id: root

    required property SyncController controller
    // A QR code read elsewhere (chorus-enrol:<code>) can be dropped in here; typing works the same.
    property alias enrolmentCode: codeField.text
    property string enrolMessage

    objectName: "syncPanel"
    color: Theme.surface
    border.color: Theme.border
    border.width: 2
    radius: Theme.radius
    implicitWidth: 720
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Sync with the server")

    readonly property bool enrolled: controller.state !== SyncController.NotEnrolled
                                     && controller.state !== SyncController.Revoked
    readonly property string statusText: {
        switch (controller.state) {
        case SyncController.Syncing: return qsTr("Syncing now…")
        case SyncController.Offline: return qsTr("Offline: waiting for a connection")
        case SyncController.Error: return qsTr("The last sync did not finish")
        case SyncController.NotEnrolled: return qsTr("Not enrolled yet")
        case SyncController.UpdateNeeded: return qsTr("The app needs an update")
        case SyncController.Revoked: return qsTr("Removed from the organisation")
        default: return qsTr("Up to date")
        }
    }
    readonly property string waitingText: controller.itemsWaiting === 0 && controller.mediaWaiting === 0
        ? qsTr("Nothing is waiting to be sent.")
        : [controller.itemsWaiting > 0 ? qsTr("%n change(s) waiting to be sent.", "", controller.itemsWaiting) : "",
           controller.mediaWaiting > 0 ? qsTr("%n recording(s) or drawing(s) waiting to be sent.", "", controller.mediaWaiting) : ""]
            .filter(part => part !== "").join(" ")
    readonly property string lastSyncText: isNaN(controller.lastSuccess.getTime())
        ? qsTr("Never synced.")
        : qsTr("Last synced %1.").arg(controller.lastSuccess.toLocaleString(Qt.locale(), Locale.ShortFormat))

    Connections {
        target: root.controller
        function onEnrolFinished(ok, message) {
            root.enrolMessage = ok ? qsTr("Enrolled. The first sync has started.") : message
            if (ok)
                codeField.text = ""
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        BodyText {
            objectName: "syncStatus"
            text: root.statusText + (root.controller.siteName !== "" ? " · " + root.controller.siteName : "")
            font.bold: true
            font.pixelSize: Theme.largeSize
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "syncWaiting"
            text: root.waitingText
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "syncQuarantine"
            visible: root.controller.changesQuarantined > 0
            text: qsTr("Set aside: %n change(s) the server refused. They are kept on this device and not sent. Please tell a coordinator.",
                       "", root.controller.changesQuarantined)
            color: Theme.error
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "syncLast"
            text: root.lastSyncText
            color: Theme.mutedText
            Layout.fillWidth: true
        }
        Rectangle {
            visible: root.controller.lastError !== ""
            color: Theme.errorBackground
            border.color: Theme.error
            border.width: 2
            radius: Theme.radius
            Layout.fillWidth: true
            implicitHeight: errorText.implicitHeight + 2 * Theme.spacing
            Accessible.ignored: true
            BodyText {
                id: errorText
                objectName: "syncError"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                text: root.controller.lastError
                color: Theme.error
                Accessible.role: Accessible.AlertMessage
            }
        }
        ActionButton {
            objectName: "syncNowButton"
            text: root.controller.busy ? qsTr("Syncing…") : qsTr("Sync now")
            accessibleName: qsTr("Sync now. %1 %2").arg(root.statusText).arg(root.waitingText)
            primary: true
            enabled: root.enrolled && !root.controller.busy
            Layout.fillWidth: true
            onClicked: root.controller.syncNow()
        }

        BodyText {
            text: qsTr("Server address")
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        BigTextField {
            id: serverField
            objectName: "syncServerField"
            text: root.controller.serverUrl
            placeholderText: "https://chorus.example.org"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Server address")
            Layout.fillWidth: true
            onEditingFinished: root.controller.serverUrl = text
        }
        BodyText {
            objectName: "syncInsecureWarning"
            visible: root.controller.serverUnencrypted
            text: qsTr("Warning: this address is not encrypted (http://). What this device sends could be read or changed on the way. Ask for an address that starts with https://.")
            color: Theme.error
            font.bold: true
            Accessible.role: Accessible.AlertMessage
            Layout.fillWidth: true
        }
        ToggleChoice {
            objectName: "syncAcceptInsecure"
            visible: root.controller.serverUnencrypted
            text: qsTr("Use this unencrypted address anyway")
            checked: root.controller.insecureAccepted
            onClicked: root.controller.insecureAccepted = !root.controller.insecureAccepted
            Layout.fillWidth: true
        }
        BodyText {
            text: root.enrolled ? qsTr("Enrol again with a new code") : qsTr("Enrolment code")
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            BigTextField {
                id: codeField
                objectName: "syncCodeField"
                placeholderText: "ABCDE-FGHJK"
                inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Enrolment code, ten letters and digits")
                Layout.fillWidth: true
                onAccepted: enrolButton.clicked()
            }
            ActionButton {
                id: enrolButton
                objectName: "syncEnrolButton"
                text: root.controller.enrolling ? qsTr("Enrolling…") : qsTr("Enrol")
                enabled: !root.controller.enrolling && codeField.text.trim() !== ""
                onClicked: {
                    root.controller.serverUrl = serverField.text
                    root.controller.enrol(codeField.text)
                }
            }
        }
        // The camera, when there is one: its frames are read for the QR code, which then goes the
        // way a typed code goes.
        EnrolmentCamera {
            id: camera
            objectName: "enrolCamera"
            preview: cameraPreview
            onCodeFound: code => {
                codeField.text = code
                root.enrolMessage = qsTr("QR code read. Enrolling…")
                root.controller.serverUrl = serverField.text
                root.controller.enrol(code)
            }
        }
        BodyText {
            objectName: "syncCameraNote"
            text: !camera.available
                  ? qsTr("This tablet has no camera. Type the enrolment code above, or give a picture file of the QR code below.")
                  : camera.scanning ? qsTr("Hold the coordinator's QR code in front of the camera.")
                  : camera.problem !== "" ? camera.problem
                  : qsTr("Or scan the coordinator's QR code with the camera.")
            Layout.fillWidth: true
        }
        VideoOutput {
            id: cameraPreview
            objectName: "enrolCameraPreview"
            visible: camera.scanning
            fillMode: VideoOutput.PreserveAspectFit
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 360 : 0
            Accessible.ignored: true
        }
        ActionButton {
            objectName: "syncCameraButton"
            visible: camera.available
            text: camera.scanning ? qsTr("Stop the camera") : qsTr("Scan the QR code with the camera")
            enabled: camera.scanning || !root.controller.enrolling
            onClicked: camera.scanning ? camera.stop() : camera.start()
        }
        BodyText {
            text: qsTr("Or the enrolment QR code as a picture file")
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            BigTextField {
                id: qrField
                objectName: "syncQrField"
                placeholderText: "/media/usb/enrol.png"
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Picture file of the enrolment QR code")
                Layout.fillWidth: true
                onAccepted: qrButton.clicked()
            }
            ActionButton {
                id: qrButton
                objectName: "syncQrButton"
                text: qsTr("Read the QR code")
                enabled: !root.controller.enrolling && qrField.text.trim() !== ""
                onClicked: {
                    root.controller.serverUrl = serverField.text
                    root.controller.enrolFromQrImage(qrField.text)
                }
            }
        }
        BodyText {
            objectName: "syncEnrolMessage"
            visible: root.enrolMessage !== ""
            text: root.enrolMessage
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
        }
    }
}
