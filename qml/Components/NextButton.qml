import QtQuick
import Chorus

// "Next" on an answer screen; says what is missing instead of going on with nothing.
ActionButton {
    id: root
    property Item shell
    property Item hint
    objectName: "nextButton"
    primary: true
    icon: Theme.rightToLeft ? "back" : "forward"
    text: qsTr("Next")
    accessibleName: qsTr("Next: check your answer")
    onClicked: {
        if (Session.hasAnswer) {
            shell.go("check")
        } else if (hint) {
            hint.visible = true
            Speech.say(hint.text)
        }
    }
}
