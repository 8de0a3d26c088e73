import QtQuick
import Chorus

// The ways this question may be answered, and only those.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "formatScreen"
    title: qsTr("How do you want to answer?")
    readText: {
        let parts = [screen.shell.prompt.text || "", title]
        for (let i = 0; i < options.count; ++i)
            parts.push(options.itemAt(i) ? options.itemAt(i).text : "")
        return parts.join(". ")
    }
    onBack: shell.back()

    readonly property var labels: ({
        "speak": qsTr("Speak"),
        "write": qsTr("Write"),
        "faces": qsTr("Choose a face"),
        "pictures": qsTr("Sort pictures"),
        "draw": qsTr("Draw")
    })
    readonly property var notes: ({
        "speak": qsTr("Record your voice"),
        "write": qsTr("Type your answer"),
        "faces": qsTr("From very bad to very good"),
        "pictures": qsTr("Good, not sure or not good"),
        "draw": qsTr("Draw with your finger")
    })

    QuestionBanner {
        width: parent.width
        prompt: screen.shell.prompt
    }

    Flow {
        width: parent.width
        spacing: Theme.spacing
        Repeater {
            id: options
            model: screen.shell.prompt.formats || []
            ChoiceCard {
                required property string modelData
                objectName: "format_" + modelData
                width: Math.max(Theme.target, Math.min(parent.width, 340))
                symbol: modelData
                text: screen.labels[modelData]
                note: screen.notes[modelData]
                accessibleName: text + ". " + note + "."
                onClicked: screen.shell.chooseFormat(modelData)
            }
        }
    }
}
