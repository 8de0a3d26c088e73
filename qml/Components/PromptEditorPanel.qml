import QtQuick
import Chorus

// Staff mode on a coordinator device: write a new question or change one, in English, Welsh and
// Arabic, choose the ways to answer, or retire it. Saved on the device and sent at the next sync.
Rectangle {
    id: root

    required property PromptEditor editor
    property string editingId: ""
    property bool editing: false

    objectName: "promptEditorPanel"
    visible: editor.available
    color: Theme.surface
    border.color: Theme.border
    border.width: 2
    radius: Theme.radius
    implicitWidth: 720
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Write and change questions")

    readonly property var formatChoices: [
        { name: "speak", label: qsTr("Speak") },
        { name: "write", label: qsTr("Write") },
        { name: "faces", label: qsTr("Faces") },
        { name: "pictures", label: qsTr("Pictures") },
        { name: "draw", label: qsTr("Draw") }
    ]

    function open(promptId) {
        const q = editor.load(promptId)
        editingId = q.id
        english.text = q.en
        welsh.text = q.cy
        arabic.text = q.ar
        retired.checked = q.retired
        for (let i = 0; i < formats.count; ++i)
            formats.itemAt(i).checked = q.formats.indexOf(formatChoices[i].name) >= 0
        error.text = ""
        editing = true
        english.forceActiveFocus()
    }

    function save() {
        const chosen = []
        for (let i = 0; i < formats.count; ++i)
            if (formats.itemAt(i).checked)
                chosen.push(formatChoices[i].name)
        error.text = editor.save({ id: editingId, en: english.text, cy: welsh.text, ar: arabic.text,
                                   formats: chosen, retired: retired.checked })
        if (error.text === "")
            editing = false
    }

    Column {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing

        BodyText {
            width: parent.width
            visible: !root.editing
            text: qsTr("Changes are sent to every device at the next sync.")
        }
        Repeater {
            model: root.editing ? null : AllPrompts
            delegate: Row {
                id: question
                required property int index
                required property string promptId
                required property string text
                width: column.width
                spacing: Theme.spacing
                BodyText {
                    width: parent.width - change.width - Theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    text: question.text
                }
                ActionButton {
                    id: change
                    objectName: "editPrompt_" + question.promptId
                    text: qsTr("Change")
                    //: %1 the question
                    accessibleName: qsTr("Change “%1”").arg(question.text)
                    onClicked: root.open(question.promptId)
                }
            }
        }
        ActionButton {
            objectName: "newPrompt"
            visible: !root.editing
            text: qsTr("New question")
            accessibleName: qsTr("Write a new question")
            onClicked: root.open("")
        }

        Column {
            width: parent.width
            spacing: Theme.spacing
            visible: root.editing

            BodyText { width: parent.width; text: qsTr("Question in English (15 words or fewer)") }
            BigTextField {
                id: english
                onTextEdited: error.text = ""
                objectName: "promptEnglish"
                width: parent.width
                Accessible.name: qsTr("Question in English")
            }
            BodyText { width: parent.width; text: qsTr("Question in Welsh (Cymraeg)") }
            BigTextField {
                id: welsh
                onTextEdited: error.text = ""
                objectName: "promptWelsh"
                width: parent.width
                Accessible.name: qsTr("Question in Welsh")
            }
            BodyText { width: parent.width; text: qsTr("Question in Arabic (العربية)") }
            BigTextField {
                id: arabic
                onTextEdited: error.text = ""
                objectName: "promptArabic"
                width: parent.width
                horizontalAlignment: TextInput.AlignRight
                Accessible.name: qsTr("Question in Arabic")
            }
            BodyText { width: parent.width; text: qsTr("Ways to answer") }
            Repeater {
                id: formats
                model: root.formatChoices
                delegate: ToggleChoice {
                    required property var modelData
                    objectName: "promptFormat_" + modelData.name
                    width: parent.width
                    text: modelData.label
                    onClicked: checked = !checked
                }
            }
            ToggleChoice {
                id: retired
                objectName: "promptRetired"
                width: parent.width
                text: qsTr("Retired: no longer asked")
                onClicked: checked = !checked
            }
            BodyText {
                id: error
                objectName: "promptEditorError"
                width: parent.width
                visible: text !== ""
                font.bold: true
                Accessible.role: Accessible.AlertMessage
            }
            Row {
                spacing: Theme.spacing
                ActionButton {
                    objectName: "savePrompt"
                    text: qsTr("Save question")
                    onClicked: root.save()
                }
                ActionButton {
                    objectName: "cancelPrompt"
                    text: qsTr("Cancel")
                    accessibleName: qsTr("Cancel without saving")
                    onClicked: root.editing = false
                }
            }
        }
    }
}
