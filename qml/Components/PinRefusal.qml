import QtQuick
import Chorus

// Under an outreach PIN pad: "Wrong PIN" in words and, while wrong PINs make the next try wait,
// how long, counting down (the controller's waitSeconds changes every second).
BodyText {
    id: root
    property bool wrong: false
    property bool checking: false
    property int waitSeconds: 0
    visible: (wrong || waitSeconds > 0) && !checking
    color: Theme.error
    font.bold: true
    text: waitSeconds > 0 ? qsTr("Wrong PIN. Please wait %n second(s) before trying again.", "", waitSeconds)
                          : qsTr("Wrong PIN. Please try again.")
}
