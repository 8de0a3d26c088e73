import QtQuick
import Chorus

// Hosts the voice recorder panel from the voice work; until that panel is built into the app
// it says plainly that recording is not available here, and the other formats still work.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "speakScreen"
    title: qsTr("Speak your answer")
    // The recorder's instructions and state ("Recording. Speak now. 40 seconds of 5 minutes.",
    // "There is no microphone…") are part of what the screen says, as they are of what it shows.
    readText: [shell.prompt.text || "", title, panel.item ? panel.item.readText : placeholder.text].join(". ")
    // Recording or playing back: the person is busy talking or listening, not idle.
    readonly property bool busy: panel.item !== null && panel.item.busy
    onBack: shell.back()

    QuestionBanner {
        width: parent.width
        prompt: screen.shell.prompt
    }

    // The panel attaches its recording with Session.attachMedia(sha256) once it is kept.
    Loader {
        id: panel
        width: parent.width
        source: "qrc:/qt/qml/Chorus/Components/VoiceRecorderPanel.qml"
        onLoaded: item.mediaFolder = Session.mediaFolder
    }

    BodyText {
        id: placeholder
        objectName: "voiceUnavailable"
        width: parent.width
        visible: panel.status !== Loader.Ready
        text: qsTr("Voice recording is not available on this device yet. Please go back and choose another way to answer.")
        font.bold: true
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
