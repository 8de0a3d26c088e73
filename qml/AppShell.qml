import QtQuick
import Chorus

// The whole kiosk as one item: which screen shows, the way back, the inactivity dialog and the
// reset between people. Main.qml puts it in a window; the tests drive it directly.
FocusScope {
    id: shell
    objectName: "appShell"

    property string screen: "welcome"
    property var history: []
    property var prompt: ({})
    // The one of this outreach session's answers the worker opened.
    property string sessionAnswerId: ""
    readonly property Item currentScreen: loader.item

    readonly property var screens: ({
        "welcome": "Screens/WelcomeScreen.qml",
        "question": "Screens/ChooseQuestionScreen.qml",
        "format": "Screens/ChooseFormatScreen.qml",
        "write": "Screens/WriteScreen.qml",
        "faces": "Screens/FacesScreen.qml",
        "pictures": "Screens/PicturesScreen.qml",
        "draw": "Screens/DrawScreen.qml",
        "speak": "Screens/SpeakScreen.qml",
        "check": "Screens/CheckScreen.qml",
        "consent": "Screens/ConsentScreen.qml",
        "thanks": "Screens/ThankYouScreen.qml",
        "staffPin": "Screens/StaffPinScreen.qml",
        "staffNewPin": "Screens/StaffNewPinScreen.qml",
        "staff": "Screens/StaffScreen.qml",
        "cardMaker": "Screens/CardMakerScreen.qml",
        "meToo": "Screens/MeTooScreen.qml",
        "groupSetup": "Screens/GroupSetupScreen.qml",
        "groupIdeas": "Screens/GroupIdeasScreen.qml",
        "groupVote": "Screens/GroupVoteScreen.qml",
        "groupResults": "Screens/GroupResultsScreen.qml",
        "outreachHome": "Screens/OutreachHomeScreen.qml",
        "outreachGiveBack": "Screens/OutreachGiveBackScreen.qml",
        "outreachAnswer": "Screens/OutreachAnswerScreen.qml"
    })

    LayoutMirroring.enabled: Language.rightToLeft
    LayoutMirroring.childrenInherit: true

    function go(name) {
        history = history.concat([screen])
        show(name)
    }
    function back() {
        if (history.length === 0)
            return
        const previous = history[history.length - 1]
        history = history.slice(0, history.length - 1)
        show(previous)
    }
    function show(name) {
        Speech.stop()
        screen = name
        loader.setSource(screens[name], { "shell": shell })
        loader.item.forceActiveFocus()
        // The Welcome screen has no draft to lose; the staff screens are left on purpose. The outreach
        // home stays with its worker; a tablet left on the give-back screen stays locked there; a group
        // session has its facilitator beside it.
        Inactivity.armed = name !== "welcome" && name !== "outreachHome" && name !== "outreachGiveBack" && !Group.active
    }
    function choosePrompt(promptId) {
        const chosen = Prompts.get(promptId)
        // A sync can retire a prompt while someone is looking at the list: stay there, it has gone.
        if (chosen.formats === undefined || chosen.formats.length === 0)
            return
        Session.begin(promptId)
        prompt = chosen
        if (prompt.formats.length === 1)
            chooseFormat(prompt.formats[0])
        else
            go("format")
    }
    function chooseFormat(format) {
        Session.chooseFormat(format)
        go(format)
    }
    // A group idea is an answer to the session's question, in any of the ways to answer.
    function addGroupIdea() {
        Session.beginGroupIdea(Group.sessionId)
        prompt = { "promptId": Group.sessionId, "text": Group.question, "symbol": "",
                   "formats": ["write", "speak", "faces", "pictures", "draw"] }
        history = ["groupIdeas"]
        show("format")
    }
    // Where a sent answer goes: thanks for a visit, back to the ideas in a group session.
    function answerSent() {
        if (Group.active) {
            Session.reset()
            prompt = ({})
            history = []
            show("groupIdeas")
        } else {
            go("thanks")
        }
    }
    // Forget everything about this visit: the draft, the answers on screen, and any theme or
    // language the person picked, so the next person starts clean. In a group session, one
    // person's unfinished idea is cleared and the session goes on.
    function startAgain() {
        if (Group.active) {
            answerSent()
            return
        }
        Session.reset()
        IdeasHere.forgetVisit()
        prompt = ({})
        sessionAnswerId = ""
        history = []
        Language.language = "en"
        applyDeviceDefaults()
        show(homeScreen())
    }
    // An outreach tablet starts at the worker's home, or, after a hand-over, where the person gives
    // the tablet back; a kiosk at Welcome.
    function homeScreen() {
        if (!Outreach.active)
            return "welcome"
        return Outreach.awaitingReturn ? "outreachGiveBack" : "outreachHome"
    }
    // The worker chose how the next answer is taken: the kiosk's questions, from a clean draft.
    function beginOutreachAnswer(assisted) {
        Session.reset()
        Outreach.beginAnswer(assisted)
        prompt = ({})
        // Back from the questions: the worker's home when they hold the tablet; when the person
        // does, the screen that asks for it back.
        history = [assisted ? "outreachHome" : "outreachGiveBack"]
        show("question")
    }
    function openSessionAnswer(answerId) {
        sessionAnswerId = answerId
        go("outreachAnswer")
    }
    function applyDeviceDefaults() {
        Speech.resetVolume()
        Theme.highContrast = DeviceSettings.highContrast
        Theme.dyslexicFont = DeviceSettings.dyslexicFont
        Theme.textScale = DeviceSettings.textScale
    }

    Binding {
        target: Theme
        property: "rightToLeft"
        value: Language.rightToLeft
    }

    // The question on screen follows a change of language like every other string.
    Connections {
        target: Language
        function onLanguageChanged() {
            if (shell.prompt.promptId)
                shell.prompt = Prompts.get(shell.prompt.promptId)
        }
    }

    Connections {
        target: Inactivity
        function onExpired() { shell.startAgain() }
    }

    // Someone recording a long answer, listening back or being read to is not touching the screen.
    Binding {
        target: Inactivity
        property: "paused"
        value: Speech.speaking || (shell.currentScreen !== null && shell.currentScreen.busy === true)
    }

    // A handed-over answer sent: the tablet waits for the worker's PIN once the person has finished.
    Connections {
        target: Session
        function onStateChanged() {
            if (Outreach.active && Session.state === KioskSession.Sent)
                Outreach.answerSent()
        }
    }

    Component.onCompleted: {
        applyDeviceDefaults()
        show(homeScreen())
    }

    Loader {
        id: loader
        anchors.fill: parent
        focus: true
    }

    StillThereDialog {
        anchors.fill: parent
    }
}
