import QtQuick
import Chorus

// Shown when Next is pressed before there is an answer.
BodyText {
    objectName: "missingAnswer"
    visible: false
    text: qsTr("Please give your answer first.")
    color: Theme.error
    font.bold: true
}
