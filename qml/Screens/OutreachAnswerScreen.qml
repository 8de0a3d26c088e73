import QtQuick
import QtQuick.Controls
import Chorus

// One of this session's answers, opened by the worker from the outreach home: what the person said
// (only when they allowed it on the consent screen), a typo put right in a written answer, or the
// answer withdrawn when the person asks. The words come from the session's copy in memory; the
// tablet's store holds them sealed and cannot show them.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "outreachAnswerScreen"
    title: qsTr("Answer %1").arg(answer.number || "")
    readText: [title].concat(readable.filter(t => t.visible).map(t => t.text)).join(". ")
    onBack: shell.back()

    // Read once: after a withdrawal the session no longer knows the answer, and this page says so.
    property var answer: OutreachAnswers.answer(shell.sessionAnswerId)
    property bool confirming: false
    property bool withdrawn: false
    property string message: ""
    property bool failed: false
    readonly property bool open: !withdrawn && answer.mayOpen === true
    readonly property var readable: [about, hidden, words, area, face, cards, media, contact, note, confirmText, done]

    function pictureWords(symbols) {
        return (symbols || []).map(s => qsTr("%1: %2").arg(SymbolWords.word(s.symbol, Language.language))
                                                     .arg(SymbolWords.pile(s.pile, Language.language))).join(". ")
    }
    function saveCorrection() {
        const error = OutreachAnswers.correct(answer.answerId, area.text)
        screen.failed = error !== ""
        if (error === "") {
            screen.answer = OutreachAnswers.answer(answer.answerId)
            screen.message = qsTr("Corrected. The correction goes to the server when the tablet next syncs.")
        } else {
            screen.message = error
        }
    }

    BodyText {
        id: about
        objectName: "answerAbout"
        width: parent.width
        font.bold: true
        text: (screen.answer.assisted ? qsTr("Taken at %1 as %2, with your help.")
                                      : qsTr("Taken at %1 as %2, by the person on their own."))
              .arg(screen.answer.time || "").arg(SymbolWords.format(screen.answer.format || "", Language.language))
    }
    BodyText {
        id: hidden
        objectName: "answerPrivate"
        width: parent.width
        visible: !screen.withdrawn && !screen.open
        text: qsTr("The person did not say you may open this answer, so it stays private. You can still withdraw it if they ask.")
    }

    // A written answer: its words, which the worker may put right.
    BodyText {
        id: words
        width: parent.width
        visible: screen.open && screen.answer.format === "write"
        text: qsTr("Their words. Correct a typo here, then save:")
    }
    TextArea {
        id: area
        objectName: "correctionField"
        visible: words.visible
        width: parent.width
        height: Math.max(Theme.target * 2, contentHeight + topPadding + bottomPadding)
        wrapMode: TextEdit.Wrap
        text: screen.answer.text || ""
        font.family: Theme.fontFamily
        font.pixelSize: Theme.largeSize
        color: Theme.text
        padding: 16
        KeyNavigation.priority: KeyNavigation.BeforeItem
        Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus()
        Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus()
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("The words of answer %1").arg(screen.answer.number || "")
        background: Rectangle {
            color: Theme.surface
            border.width: area.activeFocus ? Theme.focusWidth : 2
            border.color: area.activeFocus ? Theme.focusRing : Theme.border
            radius: Theme.radius
        }
    }
    // Shown once there is a change to save, so it never looks ready when it is not.
    ActionButton {
        objectName: "saveCorrection"
        visible: words.visible && area.text !== screen.answer.text
        primary: true
        enabled: area.text.trim().length > 0
        text: qsTr("Save the correction")
        accessibleName: qsTr("Save the correction to answer %1").arg(screen.answer.number || "")
        onClicked: screen.saveCorrection()
    }

    BodyText {
        id: face
        objectName: "answerFace"
        width: parent.width
        visible: screen.open && screen.answer.format === "faces"
        text: qsTr("Their face: %1, %2 of 5.").arg(SymbolWords.face(screen.answer.rating, Language.language))
                                             .arg(screen.answer.rating || 0)
    }
    BodyText {
        id: cards
        objectName: "answerCards"
        width: parent.width
        visible: screen.open && screen.answer.format === "pictures"
        text: qsTr("Their picture cards: %1.").arg(screen.pictureWords(screen.answer.symbols))
    }
    BodyText {
        id: media
        objectName: "answerMedia"
        width: parent.width
        visible: screen.open && (screen.answer.format === "speak" || screen.answer.format === "draw")
        text: screen.answer.format === "speak"
              ? qsTr("A voice note. It is sealed for the organisation, so it cannot be played on this tablet.")
              : qsTr("A drawing. It is sealed for the organisation, so it cannot be shown on this tablet.")
    }
    BodyText {
        id: contact
        objectName: "answerContact"
        width: parent.width
        visible: screen.open && ((screen.answer.contactName || "") !== "" || (screen.answer.contactDetail || "") !== "")
        text: qsTr("They asked to be contacted: %1 %2").arg(screen.answer.contactName || "").arg(screen.answer.contactDetail || "")
    }

    BodyText {
        id: note
        objectName: "answerMessage"
        width: parent.width
        visible: screen.message !== ""
        color: screen.failed ? Theme.error : Theme.text
        font.bold: true
        text: screen.message
    }

    // Withdrawing: asked once more, because it cannot be undone.
    ActionButton {
        id: withdrawButton
        objectName: "withdrawAnswer"
        visible: !screen.withdrawn && !screen.confirming
        text: qsTr("Withdraw this answer")
        accessibleName: qsTr("Withdraw answer %1, because the person asks").arg(screen.answer.number || "")
        onClicked: {
            screen.confirming = true
            screen.message = ""
            confirmButton.forceActiveFocus()
        }
    }
    BodyText {
        id: confirmText
        objectName: "confirmWithdrawText"
        width: parent.width
        visible: screen.confirming
        font.bold: true
        text: qsTr("Withdraw answer %1? It is deleted from this tablet now, and from everywhere when the tablet next syncs. This cannot be undone.")
              .arg(screen.answer.number || "")
    }
    Flow {
        width: parent.width
        spacing: Theme.spacing
        visible: screen.confirming
        ActionButton {
            id: confirmButton
            objectName: "confirmWithdraw"
            primary: true
            text: qsTr("Yes, withdraw it")
            accessibleName: qsTr("Yes, withdraw answer %1").arg(screen.answer.number || "")
            onClicked: {
                screen.confirming = false
                if (OutreachAnswers.withdraw(screen.answer.answerId)) {
                    screen.withdrawn = true
                } else {
                    screen.failed = true
                    screen.message = qsTr("The answer could not be withdrawn on this tablet. Please try again.")
                }
                backButton.forceActiveFocus()
            }
        }
        ActionButton {
            objectName: "keepAnswer"
            text: qsTr("No, keep it")
            onClicked: {
                screen.confirming = false
                withdrawButton.forceActiveFocus()
            }
        }
    }
    BodyText {
        id: done
        objectName: "answerWithdrawn"
        width: parent.width
        visible: screen.withdrawn
        font.bold: true
        text: qsTr("Answer %1 has been withdrawn. It is gone from this tablet and will be removed everywhere when the tablet next syncs.")
              .arg(screen.answer.number || "")
    }

    footer: [
        ActionButton {
            id: backButton
            objectName: "backToSession"
            text: qsTr("Back to the session")
            onClicked: screen.shell.back()
        }
    ]
}
