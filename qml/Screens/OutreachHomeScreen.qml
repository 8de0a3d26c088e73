import QtQuick
import Chorus

// The outreach tablet's home: who is collecting (a worker chooses their name and types their PIN),
// their session (started at a place, ended by them), how the next answer is taken, and what the
// tablet holds, in words and numbers: answers this session, waiting to be sent, the last sync and
// the space left, with a warning in words long before the disk is full.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "outreachHomeScreen"
    showBack: false
    title: !Outreach.signedIn ? qsTr("Who is collecting?")
                              : Outreach.sessionRunning ? qsTr("Session at %1").arg(Outreach.place)
                                                        : qsTr("Start a session")
    readText: [title, status.text].concat(startPanel.visible ? startLines() : [], answers.visible ? [answersHeading.text, answersHint.text].concat(answerLines()) : [],
                                          [stored.text], Outreach.signedIn ? [] : [hint.text]).join(". ")

    // The worker chosen on the list, whose PIN is being typed.
    property string chosenId: ""
    property string chosenName: ""
    property bool wrong: false

    Component.onCompleted: Outreach.refresh()
    Keys.onPressed: event => { if (screen.chosenId !== "") pad.handleKey(event) }

    Connections {
        target: Outreach
        function onPinRefused() {
            screen.wrong = true
            pad.entered = ""
        }
        function onChanged() {
            if (Outreach.signedIn && screen.chosenId !== "") {
                screen.chosenId = ""
                pad.entered = ""
                screen.wrong = false
            }
        }
    }

    BodyText {
        id: status
        objectName: "outreachStatus"
        width: parent.width
        font.bold: true
        text: !Outreach.signedIn ? (screen.chosenId !== "" ? qsTr("%1, type your PIN.").arg(screen.chosenName)
                                                           : qsTr("Choose your name."))
              : Outreach.sessionRunning
                ? qsTr("%1 is collecting. %2. This session: %n answer(s).", "", Outreach.answersThisSession)
                      .arg(Outreach.workerName).arg(Outreach.sessionStartedText)
                : qsTr("%1 is signed in. Where are you collecting today?").arg(Outreach.workerName)
    }

    // Signing in: the names, then the PIN of the one chosen.
    BodyText {
        id: hint
        width: parent.width
        visible: !Outreach.signedIn && Outreach.workers.length === 0
        text: qsTr("No workers yet. A coordinator adds them on the dashboard; they arrive at the next sync.")
    }
    Flow {
        width: parent.width
        spacing: Theme.spacing
        visible: !Outreach.signedIn && screen.chosenId === ""
        Repeater {
            model: Outreach.workers
            ActionButton {
                required property var modelData
                required property int index
                objectName: "worker_" + index
                text: modelData.name
                accessibleName: qsTr("I am %1").arg(modelData.name)
                onClicked: {
                    screen.chosenId = modelData.id
                    screen.chosenName = modelData.name
                    screen.wrong = false
                    pad.forceActiveFocus()
                }
            }
        }
    }
    Column {
        width: parent.width
        spacing: Theme.spacing
        visible: !Outreach.signedIn && screen.chosenId !== ""
        BodyText {
            objectName: "outreachPinDots"
            width: parent.width
            font.pixelSize: Theme.titleSize
            text: Outreach.checking ? qsTr("Checking the PIN…") : pad.entered.length ? "● ".repeat(pad.entered.length) : qsTr("Enter your PIN")
            Accessible.name: Outreach.checking ? text : qsTr("%n digit(s) entered", "", pad.entered.length)
        }
        PinRefusal {
            objectName: "outreachPinMessage"
            width: parent.width
            wrong: screen.wrong
            checking: Outreach.checking
            waitSeconds: Outreach.waitSeconds
        }
        PinPad {
            id: pad
            prefix: "outreachPin_"
            maxLength: 8
            onSubmitted: {
                // Refused without a check (during a wait after wrong PINs): start the next try afresh.
                if (!Outreach.signIn(screen.chosenId, pad.entered) && !Outreach.checking) {
                    screen.wrong = true
                    pad.entered = ""
                }
            }
        }
        ActionButton {
            objectName: "notMeButton"
            text: qsTr("Choose another name")
            onClicked: {
                screen.chosenId = ""
                pad.entered = ""
            }
        }
    }

    // Starting a session: at one of the organisation's sites (one tap), or at a place typed.
    Column {
        id: startPanel
        width: parent.width
        spacing: Theme.spacing
        visible: Outreach.signedIn && !Outreach.sessionRunning
        BodyText {
            id: sitesHint
            width: parent.width
            visible: Outreach.sites.length > 0
            text: qsTr("Choose one of your organisation's sites.")
        }
        Flow {
            objectName: "outreachSites"
            width: parent.width
            spacing: Theme.spacing
            Repeater {
                id: siteButtons
                model: Outreach.sites
                ActionButton {
                    required property var modelData
                    required property int index
                    objectName: "site_" + index
                    text: modelData.name
                    accessibleName: qsTr("Start the session at %1").arg(modelData.name)
                    onClicked: Outreach.startSessionAtSite(modelData.id)
                }
            }
        }
        BodyText {
            id: typeHint
            width: parent.width
            text: Outreach.sites.length > 0 ? qsTr("Or type the place: a street, a food bank, a hostel.")
                                            : qsTr("Type the place: a street, a food bank, a hostel.")
        }
        BigTextField {
            id: placeField
            objectName: "placeField"
            width: parent.width
            placeholderText: qsTr("Place")
            placeholderTextColor: Theme.mutedText
            Accessible.name: qsTr("Place where you are collecting")
            Keys.onReturnPressed: startTyped.clicked()
        }
        ActionButton {
            id: startTyped
            objectName: "startTypedButton"
            primary: true
            enabled: placeField.text.trim().length > 0
            text: qsTr("Start the session here")
            accessibleName: qsTr("Start the session at %1").arg(placeField.text)
            onClicked: if (Outreach.startSession(placeField.text)) placeField.text = ""
        }
    }

    // During a session: how the next answer is taken.
    Flow {
        width: parent.width
        spacing: Theme.spacing
        visible: Outreach.sessionRunning && Outreach.signedIn
        ChoiceCard {
            objectName: "handOverButton"
            symbol: "people"
            text: qsTr("Hand the tablet over")
            note: qsTr("The person answers by themselves")
            accessibleName: qsTr("Hand the tablet over: the person answers by themselves")
            onClicked: {
                screen.shell.beginOutreachAnswer(false)
            }
        }
        ChoiceCard {
            objectName: "assistedButton"
            symbol: "write"
            text: qsTr("Answer with them")
            note: qsTr("You write or record their words for them")
            accessibleName: qsTr("Answer with them: you write or record their words for them")
            onClicked: {
                screen.shell.beginOutreachAnswer(true)
            }
        }
    }

    // This session's answers, newest first: opened to correct or withdraw one. Words of an answer
    // never show here; only its number, time, format and who answered.
    function answerLine(a) {
        const how = SymbolWords.format(a.format, Language.language)
        if (a.mayOpen)
            return a.assisted ? qsTr("Answer %1 at %2: %3, with your help").arg(a.number).arg(a.time).arg(how)
                              : qsTr("Answer %1 at %2: %3, by the person").arg(a.number).arg(a.time).arg(how)
        return a.assisted ? qsTr("Answer %1 at %2: %3, with your help (kept private)").arg(a.number).arg(a.time).arg(how)
                          : qsTr("Answer %1 at %2: %3, by the person (kept private)").arg(a.number).arg(a.time).arg(how)
    }
    function startLines() {
        const lines = Outreach.sites.length > 0 ? [sitesHint.text] : []
        for (let i = 0; i < Outreach.sites.length; ++i)
            lines.push(Outreach.sites[i].name)
        return lines.concat([typeHint.text])
    }
    function answerLines() {
        const lines = []
        for (let i = 0; i < answerButtons.count; ++i)
            lines.push(answerButtons.itemAt(i) ? answerButtons.itemAt(i).text : "")
        return lines
    }
    Column {
        id: answers
        objectName: "sessionAnswers"
        width: parent.width
        spacing: Theme.spacing
        visible: Outreach.sessionRunning && Outreach.signedIn && OutreachAnswers.model.count > 0
        BodyText {
            id: answersHeading
            width: parent.width
            font.bold: true
            font.pixelSize: Theme.largeSize
            text: qsTr("This session's answers")
        }
        BodyText {
            id: answersHint
            width: parent.width
            text: qsTr("Open one to correct a typo, or to withdraw it if the person asks. Answers from earlier sessions, or from before the app last started, are not shown.")
        }
        Repeater {
            id: answerButtons
            model: OutreachAnswers.model
            ActionButton {
                required property var answer
                required property int index
                objectName: "sessionAnswer_" + index
                width: answers.width
                text: screen.answerLine(answer)
                accessibleName: qsTr("Open %1").arg(text)
                onClicked: screen.shell.openSessionAnswer(answer.answerId)
            }
        }
    }

    // What the tablet holds.
    BodyText {
        id: stored
        objectName: "outreachStored"
        width: parent.width
        text: [qsTr("Waiting to be sent: %n change(s).", "", Sync.itemsWaiting),
               qsTr("Last sync: %1.").arg(Outreach.timeAgo(Sync.lastSuccess)),
               Outreach.storageText].join(" ")
    }
    Rectangle {
        objectName: "storageWarning"
        visible: Outreach.storageLow
        width: parent.width
        height: warningText.implicitHeight + 2 * Theme.spacing
        color: Theme.errorBackground
        border.color: Theme.error
        border.width: 3
        radius: Theme.radius
        BodyText {
            id: warningText
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            color: Theme.error
            font.bold: true
            text: qsTr("Warning: this tablet is getting full.")
        }
    }

    footer: [
        ActionButton {
            objectName: "endSessionButton"
            visible: Outreach.sessionRunning && Outreach.signedIn
            text: qsTr("End the session")
            onClicked: Outreach.endSession()
        },
        ActionButton {
            objectName: "signOutButton"
            visible: Outreach.signedIn
            text: qsTr("Sign out")
            accessibleName: qsTr("Sign out %1").arg(Outreach.workerName)
            onClicked: Outreach.signOut()
        },
        ActionButton {
            objectName: "outreachStaffButton"
            visible: !Outreach.signedIn
            text: qsTr("Staff")
            accessibleName: qsTr("Staff settings")
            onClicked: screen.shell.go("staffPin")
        }
    ]
}
