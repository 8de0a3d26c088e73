import QtQuick
import Chorus

// Staff settings for this device: sync and enrolment, withdrawing an answer by its code, voice notes, on coordinator devices questions,
// picture cards and clashing edits, site name, prompts shown, default look, timeout, PIN, exit.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "staffScreen"
    title: qsTr("Staff settings")
    onBack: shell.startAgain()

    component Heading: BodyText {
        width: parent.width
        font.bold: true
        font.pixelSize: Theme.largeSize
        Accessible.role: Accessible.Heading
    }

    Heading { text: qsTr("Group session") }
    ActionButton {
        objectName: "startGroupSession"
        text: qsTr("Run a group session")
        accessibleName: qsTr("Run a group session: gather ideas from a group and vote on them with dots")
        onClicked: screen.shell.show("groupSetup")
    }

    Heading { text: qsTr("Sync with the server") }
    SyncPanel {
        objectName: "staffSyncPanel"
        width: parent.width
        controller: Sync
    }

    Heading { text: qsTr("Withdraw an answer") }
    DeskWithdrawalPanel {
        width: parent.width
        withdrawal: Withdrawal
    }

    Heading { text: qsTr("Voice notes") }
    VoiceNotesPanel {
        width: parent.width
        notes: VoiceNotes
    }

    Heading {
        visible: PromptEditing.available
        text: qsTr("Questions (coordinator device)")
    }
    PromptEditorPanel {
        width: parent.width
        editor: PromptEditing
    }

    Heading {
        visible: CardMaking.available
        text: qsTr("Picture cards (coordinator device)")
    }
    ActionButton {
        objectName: "makePictureCard"
        visible: CardMaking.available
        text: qsTr("Make a picture card")
        accessibleName: qsTr("Make a picture card: a picture with its words in English, Welsh and Arabic")
        onClicked: screen.shell.go("cardMaker")
    }

    Heading {
        visible: Conflicts.canSettle
        text: qsTr("Clashing edits")
    }
    ConflictsPanel {
        width: parent.width
        conflicts: Conflicts
    }

    Heading { text: qsTr("Site name") }
    Row {
        width: parent.width
        spacing: Theme.spacing
        BigTextField {
            id: siteName
            objectName: "siteNameField"
            width: parent.width - saveSite.width - Theme.spacing
            text: DeviceSettings.siteName
            Accessible.name: qsTr("Site name")
        }
        ActionButton {
            id: saveSite
            objectName: "saveSiteName"
            text: qsTr("Save")
            accessibleName: qsTr("Save the site name")
            onClicked: DeviceSettings.siteName = siteName.text
        }
    }

    Heading { text: qsTr("Questions shown on this device") }
    Repeater {
        model: AllPrompts
        ToggleChoice {
            required property string promptId
            required property bool hidden
            required text
            objectName: "showPrompt_" + promptId
            width: parent.width
            checked: !hidden
            onClicked: DeviceSettings.setPromptHidden(promptId, !hidden)
        }
    }

    Heading { text: qsTr("How the screen starts for each person") }
    ToggleChoice {
        objectName: "defaultHighContrast"
        width: parent.width
        text: qsTr("High contrast")
        checked: DeviceSettings.highContrast
        onClicked: DeviceSettings.highContrast = !DeviceSettings.highContrast
    }
    ToggleChoice {
        objectName: "defaultDyslexicFont"
        width: parent.width
        text: qsTr("Easy-read font")
        checked: DeviceSettings.dyslexicFont
        onClicked: DeviceSettings.dyslexicFont = !DeviceSettings.dyslexicFont
    }
    BodyText { width: parent.width; text: qsTr("Text size") }
    Flow {
        width: parent.width
        spacing: Theme.spacing
        Repeater {
            model: [1.0, 1.5, 2.0]
            ActionButton {
                required property real modelData
                objectName: "textScale_" + Math.round(modelData * 100)
                checkable: true
                selected: Math.abs(DeviceSettings.textScale - modelData) < 0.01
                text: Math.round(modelData * 100) + "%"
                accessibleName: qsTr("Text size %1 percent").arg(Math.round(modelData * 100))
                onClicked: DeviceSettings.textScale = modelData
            }
        }
    }

    Heading { text: qsTr("Clear an unfinished answer after") }
    Flow {
        width: parent.width
        spacing: Theme.spacing
        Repeater {
            model: [30, 60, 90, 120, 180]
            ActionButton {
                required property int modelData
                objectName: "timeout_" + modelData
                checkable: true
                selected: DeviceSettings.inactivitySeconds === modelData
                text: qsTr("%n second(s)", "", modelData)
                onClicked: DeviceSettings.inactivitySeconds = modelData
            }
        }
    }

    Heading { text: qsTr("Read aloud") }
    BodyText {
        objectName: "speechStatus"
        width: parent.width
        // Each language named in itself, with the engine that reads it, e.g. "Cymraeg (speechd)".
        function names(voiced) {
            return Language.languages.filter(l => (l.code in Speech.voices) === voiced)
                .map(l => voiced ? l.name + " (" + Speech.voices[l.code] + ")" : l.name).join(", ")
        }
        text: !Speech.ready ? qsTr("Checking which languages can be read aloud…")
            : names(true) === "" ? qsTr("Read aloud is not available: no speech engine is installed on this device. Everything else still works.")
            : names(false) === "" ? qsTr("Read aloud works in %1.").arg(names(true))
            : qsTr("Read aloud works in %1. It is not available in %2: this device has no voice for it.").arg(names(true)).arg(names(false))
    }

    Heading { text: qsTr("Change the staff PIN") }
    Row {
        width: parent.width
        spacing: Theme.spacing
        BigTextField {
            id: newPin
            objectName: "newPinField"
            width: parent.width - savePin.width - Theme.spacing
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            Accessible.name: qsTr("New PIN, 4 to 12 digits")
        }
        ActionButton {
            id: savePin
            objectName: "savePin"
            text: qsTr("Change PIN")
            onClicked: pinResult.text = StaffPin.changePin(newPin.text) ? qsTr("The PIN has been changed.")
                                                                         : qsTr("The PIN must be 4 to 12 digits, and not the one the device came with.")
        }
    }
    BodyText {
        id: pinResult
        width: parent.width
        visible: text !== ""
    }

    footer: [
        ActionButton {
            objectName: "exitKiosk"
            text: qsTr("Exit the kiosk")
            onClicked: Qt.quit()
        },
        ActionButton {
            objectName: "backToKiosk"
            primary: true
            text: qsTr("Back to the kiosk")
            onClicked: screen.shell.startAgain()
        }
    ]
}
