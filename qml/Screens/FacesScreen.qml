import QtQuick
import Chorus

// Five faces, each with its word.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "facesScreen"
    title: qsTr("How do you feel about it?")
    readText: [shell.prompt.text || "", title].concat(scale.words).join(". ")
    onBack: shell.back()

    QuestionBanner {
        width: parent.width
        prompt: screen.shell.prompt
    }

    FaceScale {
        id: scale
        width: parent.width
        rating: Session.rating
        onChosen: rating => Session.rating = rating
    }

    MissingAnswerHint {
        id: hint
        width: parent.width
    }

    footer: [
        NextButton {
            shell: screen.shell
            hint: hint
        }
    ]
}
