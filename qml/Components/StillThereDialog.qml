import QtQuick
import Chorus

// "Are you still there?" with a countdown; answering keeps the draft, silence clears it.
Rectangle {
    id: root
    objectName: "stillThereDialog"
    color: Theme.scrim
    visible: Inactivity.warning
    // Said as well as shown: someone who cannot see the screen well must hear it is about to reset.
    onVisibleChanged: {
        if (!visible)
            return
        stillHere.forceActiveFocus()
        Speech.say([title.text, countdown.text, stillHere.text].join(" "))
    }

    // Swallow touches so nothing underneath is pressed by mistake.
    MouseArea {
        anchors.fill: parent
        Accessible.ignored: true
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        height: column.implicitHeight + 2 * Theme.margin
        color: Theme.surface
        border.color: Theme.border
        border.width: 3
        radius: Theme.radius
        Accessible.role: Accessible.Dialog
        Accessible.name: title.text + " " + countdown.text

        Column {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing

            BodyText {
                id: title
                width: parent.width
                text: qsTr("Are you still there?")
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            BodyText {
                id: countdown
                width: parent.width
                text: qsTr("If you do nothing, your answer will be cleared in %n second(s).", "", Inactivity.secondsLeft)
            }
            ActionButton {
                id: stillHere
                objectName: "stillHereButton"
                width: parent.width
                primary: true
                text: qsTr("Yes, I am still here")
                onClicked: Inactivity.poke()
            }
        }
    }
}
