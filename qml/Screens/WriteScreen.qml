import QtQuick
import QtQuick.Controls
import Chorus

// A large box to type the answer in; on kiosks the on-screen keyboard opens with it.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "writeScreen"
    title: qsTr("Write your answer")
    readText: [shell.prompt.text || "", title, Session.text].join(". ")
    onBack: shell.back()

    QuestionBanner {
        width: parent.width
        prompt: screen.shell.prompt
    }

    TextArea {
        id: area
        objectName: "answerText"
        width: parent.width
        height: Math.max(Theme.target * 3, contentHeight + topPadding + bottomPadding)
        focus: true
        wrapMode: TextEdit.Wrap
        text: Session.text
        onTextChanged: Session.text = text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.largeSize
        color: Theme.text
        placeholderText: qsTr("Type here")
        placeholderTextColor: Theme.mutedText
        padding: 16
        // Tab moves on to the buttons; a new line needs Enter.
        KeyNavigation.priority: KeyNavigation.BeforeItem
        Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus()
        Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus()
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Your answer")
        background: Rectangle {
            color: Theme.surface
            border.width: area.activeFocus ? Theme.focusWidth : 2
            border.color: area.activeFocus ? Theme.focusRing : Theme.border
            radius: Theme.radius
        }
        Component.onCompleted: forceActiveFocus()
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
