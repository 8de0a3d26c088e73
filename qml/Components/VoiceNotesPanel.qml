import QtQuick
import Chorus

// Staff mode's list of stored voice notes on a coordinator device: the question, when, the
// reference code and how long, each with its own Play / Stop button.
Rectangle {
    id: root

    required property VoiceNotesModel notes

    objectName: "voiceNotesPanel"
    color: Theme.surface
    border.color: Theme.border
    border.width: 2
    radius: Theme.radius
    implicitWidth: 720
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Voice notes")

    Component.onCompleted: notes.reload()
    Component.onDestruction: root.player.stop()

    // One player for the list: starting a note stops the one before.
    readonly property VoicePlayer player: VoicePlayer {
        objectName: "voiceNotesPlayer"
    }

    Column {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing

        BodyText {
            objectName: "voiceNotesStatus"
            width: parent.width
            text: !root.notes.available
                  ? qsTr("Voice notes can be played back only on a coordinator device.")
                  : root.notes.count === 0 ? qsTr("No voice notes are stored on this device yet.")
                                           : qsTr("%n voice note(s) stored on this device.", "", root.notes.count)
        }
        BodyText {
            objectName: "voiceNotesError"
            width: parent.width
            visible: root.player.errorMessage !== ""
            text: root.player.errorMessage
        }

        Repeater {
            model: root.notes
            delegate: Rectangle {
                id: note
                required property int index
                required property string reference
                required property string promptText
                required property string dateText
                required property string path
                required property string durationText
                required property string description
                readonly property bool playing: root.player.playing && root.player.source === path

                objectName: "voiceNote_" + index
                width: root.width - 2 * Theme.margin
                height: Math.max(Theme.target, details.implicitHeight) + 2 * Theme.spacing
                color: Theme.background
                border.color: Theme.border
                border.width: 1
                radius: Theme.radius

                Column {
                    id: details
                    x: Theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - playButton.width - 3 * Theme.spacing
                    BodyText {
                        width: parent.width
                        text: note.promptText
                        font.bold: true
                        Accessible.ignored: true
                    }
                    BodyText {
                        objectName: "voiceNoteDetails_" + note.index
                        width: parent.width
                        //: %1 date and time, %2 reference code, %3 length as m:ss
                        text: qsTr("%1 · reference %2 · %3").arg(note.dateText).arg(note.reference).arg(note.durationText)
                        Accessible.ignored: true
                    }
                }
                ActionButton {
                    id: playButton
                    objectName: "voiceNotePlay_" + note.index
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    icon: note.playing ? "clear" : "speaker"
                    text: note.playing ? qsTr("Stop") : qsTr("Play")
                    accessibleName: note.playing ? qsTr("Stop playing: %1").arg(note.description)
                                                 : qsTr("Play: %1").arg(note.description)
                    onClicked: {
                        if (note.playing) {
                            root.player.stop()
                        } else {
                            root.player.source = note.path
                            root.player.play()
                        }
                    }
                }
            }
        }
    }
}
