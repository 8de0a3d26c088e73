import QtQuick
import Chorus

// Record a spoken answer, see and hear that it worked, then keep it, record again or throw it away.
// The hosting screen sets mediaFolder (the device's media folder); a kept note goes to the Session,
// which adopts it into the media store only when the person presses Send.
Column {
    id: root

    property alias mediaFolder: recorder.mediaFolder
    property alias maxMs: recorder.maxMs
    property alias warningMs: recorder.warningMs
    readonly property alias recorder: recorder
    readonly property bool playing: player.playing
    readonly property bool busy: recorder.state === VoiceRecorderController.Recording || playing
    // What the screen's Read aloud button should say about this panel: what to do, how it is going
    // and what went wrong.
    readonly property string readText: [status.text,
                                        recorder.state === VoiceRecorderController.Recording ? elapsed.Accessible.name : "",
                                        warning.visible ? warning.text : "",
                                        problem.visible ? problem.text : ""].filter(t => t !== "").join(". ")

    signal kept(string path, int durationMs)
    signal discarded()

    objectName: "voiceRecorderPanel"
    spacing: Theme.spacing

    function clock(ms) {
        const seconds = Math.round(ms / 1000)
        const rest = seconds % 60
        return Math.floor(seconds / 60) + ":" + (rest < 10 ? "0" : "") + rest
    }

    function spoken(ms) {
        const seconds = Math.round(ms / 1000)
        const minutes = Math.floor(seconds / 60)
        const rest = seconds % 60
        const minutesText = qsTr("%n minute(s)", "", minutes)
        const secondsText = qsTr("%n second(s)", "", rest)
        if (minutes === 0)
            return secondsText
        return rest === 0 ? minutesText : minutesText + " " + secondsText
    }

    VoiceRecorderController {
        id: recorder
        onLimitWarning: text => Speech.say(text)
        onLimitReached: text => Speech.say(text)
        onRecordingError: text => Speech.say(text)
        // The draft is encrypted on disk: the player opens it in memory by its path.
        onPlayBackRequested: url => {
            player.source = recorder.draftPath
            player.play()
        }
        onKept: (path, durationMs) => {
            Session.attachRecording(path, "audio/ogg", durationMs)
            root.kept(path, durationMs)
        }
        // Clearing the source stops playback and lets go of the decrypted copy in memory.
        onStateChanged: if (state === VoiceRecorderController.Recording || state === VoiceRecorderController.Idle)
                            player.source = ""
    }

    VoicePlayer {
        id: player
    }

    BodyText {
        id: status
        objectName: "voiceStatus"
        width: parent.width
        font.pixelSize: Theme.largeSize
        font.bold: true
        text: {
            switch (recorder.state) {
            case VoiceRecorderController.Recording:
                return qsTr("Recording. Speak now. %1 of %2.").arg(root.spoken(recorder.elapsedMs)).arg(root.spoken(recorder.maxMs))
            case VoiceRecorderController.Review:
                return qsTr("Your recording is %1 long. Listen to it, then keep it or record again.").arg(root.spoken(recorder.durationMs))
            case VoiceRecorderController.Kept:
                return qsTr("Your recording of %1 is ready to send.").arg(root.spoken(recorder.durationMs))
            default:
                if (recorder.available)
                    return qsTr("Press Record, then speak your answer. You can talk for up to %1.").arg(root.spoken(recorder.maxMs))
                return recorder.mediaFolder === ""
                        ? qsTr("Voice recording is not set up on this device yet. Please go back and choose another way to answer.")
                        : qsTr("There is no microphone on this device. Please go back and choose another way to answer.")
            }
        }
    }

    // The live meter: a bar that moves with the voice, so a person can see the microphone hears them.
    Rectangle {
        id: meter
        objectName: "levelMeter"
        width: parent.width
        height: Theme.target / 2
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: 2
        visible: recorder.state === VoiceRecorderController.Recording
        Accessible.role: Accessible.ProgressBar
        Accessible.name: recorder.level > 0.15 ? qsTr("Sound level: the microphone can hear you")
                                               : qsTr("Sound level: quiet")
        Accessible.ignored: !visible

        Rectangle {
            objectName: "levelBar"
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.margins: 4
            width: Math.max(0, (parent.width - 8) * recorder.level)
            radius: Theme.radius / 2
            color: Theme.primary
            Accessible.ignored: true
            Behavior on width { NumberAnimation { duration: 60 } }
        }
    }

    BodyText {
        id: elapsed
        objectName: "voiceElapsed"
        width: parent.width
        visible: recorder.state !== VoiceRecorderController.Idle
        font.pixelSize: Theme.titleSize
        text: recorder.state === VoiceRecorderController.Recording
              ? root.clock(recorder.elapsedMs) + " / " + root.clock(recorder.maxMs)
              : (root.playing ? root.clock(player.positionMs) + " / " : "") + root.clock(recorder.durationMs)
        Accessible.name: recorder.state === VoiceRecorderController.Recording
                         ? qsTr("%1 recorded, %2 left").arg(root.spoken(recorder.elapsedMs)).arg(root.spoken(recorder.remainingMs))
                         : qsTr("Length %1").arg(root.spoken(recorder.durationMs))
    }

    BodyText {
        id: warning
        objectName: "voiceLimitWarning"
        width: parent.width
        visible: recorder.nearLimit
        color: Theme.error
        font.bold: true
        text: qsTr("%1 left. Please start to finish what you are saying.").arg(root.spoken(recorder.remainingMs))
    }

    Rectangle {
        id: problem
        objectName: "voiceProblem"
        readonly property string text: recorder.errorMessage
        width: parent.width
        height: problemRow.implicitHeight + 2 * Theme.spacing
        visible: text !== ""
        color: Theme.errorBackground
        border.color: Theme.error
        border.width: 2
        radius: Theme.radius
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
        Accessible.ignored: !visible

        Row {
            id: problemRow
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.spacing
            layoutDirection: Theme.rightToLeft ? Qt.RightToLeft : Qt.LeftToRight

            SymbolIcon {
                name: "speak"
                size: Theme.iconSize
            }
            BodyText {
                width: parent.width - Theme.iconSize - Theme.spacing
                text: problem.text
                color: Theme.error
                font.bold: true
                Accessible.ignored: true
            }
        }
    }

    Flow {
        width: parent.width
        spacing: Theme.spacing
        layoutDirection: Theme.rightToLeft ? Qt.RightToLeft : Qt.LeftToRight

        ActionButton {
            objectName: "recordButton"
            visible: recorder.state === VoiceRecorderController.Idle
            enabled: recorder.available
            primary: true
            icon: "speak"
            text: qsTr("Record")
            accessibleName: qsTr("Start recording your answer")
            onClicked: recorder.start()
        }
        ActionButton {
            objectName: "stopButton"
            visible: recorder.state === VoiceRecorderController.Recording
            primary: true
            text: qsTr("Stop")
            accessibleName: qsTr("Stop recording")
            onClicked: recorder.stop()
        }
        ActionButton {
            objectName: "listenButton"
            visible: recorder.state === VoiceRecorderController.Review || recorder.state === VoiceRecorderController.Kept
            icon: "speaker"
            text: root.playing ? qsTr("Stop listening") : qsTr("Listen")
            accessibleName: root.playing ? qsTr("Stop playing your recording") : qsTr("Listen to your recording")
            onClicked: root.playing ? player.stop() : recorder.playBack()
        }
        ActionButton {
            objectName: "keepButton"
            visible: recorder.state === VoiceRecorderController.Review
            primary: true
            icon: "send"
            text: qsTr("Keep")
            accessibleName: qsTr("Keep this recording as your answer")
            onClicked: recorder.keep()
        }
        ActionButton {
            objectName: "reRecordButton"
            visible: recorder.state === VoiceRecorderController.Review || recorder.state === VoiceRecorderController.Kept
            icon: "speak"
            text: qsTr("Record again")
            accessibleName: qsTr("Delete this recording and record again")
            onClicked: {
                if (recorder.state === VoiceRecorderController.Kept) {
                    Session.clearRecording()
                    root.discarded()
                }
                recorder.reRecord()
            }
        }
        ActionButton {
            objectName: "discardButton"
            visible: recorder.state === VoiceRecorderController.Review || recorder.state === VoiceRecorderController.Kept
            icon: "clear"
            text: qsTr("Delete")
            accessibleName: qsTr("Delete this recording")
            onClicked: {
                if (recorder.state === VoiceRecorderController.Kept)
                    Session.clearRecording()
                recorder.discard()
                root.discarded()
            }
        }
    }
}
