import QtQuick
import Chorus

// Reads a screen's text and options aloud, or stops reading.
ActionButton {
    id: root
    property string textToRead
    objectName: "readAloud"
    icon: "speaker"
    text: Speech.speaking ? qsTr("Stop reading") : qsTr("Read aloud")
    accessibleName: Speech.speaking ? qsTr("Stop reading aloud") : qsTr("Read this screen aloud")
    onClicked: Speech.speaking ? Speech.stop() : Speech.say(root.textToRead)
}
