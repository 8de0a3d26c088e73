import QtQuick
import Chorus

// Draw the answer with a finger; it is saved as a picture only when the person sends it.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "drawScreen"
    title: qsTr("Draw your answer")
    readText: [shell.prompt.text || "", title, pad.Accessible.name].join(". ")
    onBack: shell.back()

    QuestionBanner {
        width: parent.width
        prompt: screen.shell.prompt
    }

    DrawingPad {
        id: pad
        strokes: Session.strokes
        onStrokeAdded: stroke => Session.addStroke(stroke)
        width: parent.width
        height: Math.max(360, screen.height * 0.45)
    }

    MissingAnswerHint {
        id: hint
        width: parent.width
    }

    footer: [
        ActionButton {
            objectName: "clearDrawing"
            icon: "clear"
            text: qsTr("Clear")
            accessibleName: qsTr("Clear the drawing")
            onClicked: Session.clearDrawing()
        },
        NextButton {
            shell: screen.shell
            hint: hint
        }
    ]
}
