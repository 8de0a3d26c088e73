import QtQuick
import QtQuick.Controls
import Chorus

// One of this session's answers, opened by the worker from the outreach home: what the person said
// (only when they allowed it on the consent screen), put right where it was taken down wrongly (a
// typo in a written answer, the face, the pile a picture card went to; a voice note or drawing is
// sealed and cannot be checked here, so it is withdrawn and taken again), or the answer withdrawn
// when the person asks. The words come from the session's copy in memory; the
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
    // The correction being made: the face chosen, and each picture card's pile ({symbol: pile}).
    property int rating: answer.rating || 0
    property var piles: pilesOf(answer.symbols)
    readonly property bool corrected: screen.open && (screen.answer.format === "write" ? area.text !== screen.answer.text
                                      : screen.answer.format === "faces" ? screen.rating !== screen.answer.rating
                                      : screen.answer.format === "pictures" ? JSON.stringify(screen.piles) !== JSON.stringify(pilesOf(screen.answer.symbols))
                                      : false)

    function pilesOf(symbols) {
        const out = {}
        for (const s of (symbols || []))
            out[s.symbol] = s.pile
        return out
    }
    function setPile(symbol, pile) {
        const next = Object.assign({}, screen.piles)
        next[symbol] = pile
        screen.piles = next
    }

    function pictureWords(symbols) {
        return (symbols || []).map(s => qsTr("%1: %2").arg(SymbolWords.word(s.symbol, Language.language))
                                                     .arg(SymbolWords.pile(s.pile, Language.language))).join(". ")
    }
    function saveCorrection() {
        const format = screen.answer.format
        const error = format === "faces" ? OutreachAnswers.correctRating(answer.answerId, screen.rating)
                    : format === "pictures" ? OutreachAnswers.correctPiles(answer.answerId,
                          (answer.symbols || []).map(s => ({ symbol: s.symbol, pile: screen.piles[s.symbol] })))
                    : OutreachAnswers.correct(answer.answerId, area.text)
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
    BodyText {
        id: face
        objectName: "answerFace"
        width: parent.width
        visible: screen.open && screen.answer.format === "faces"
        text: qsTr("Their face: %1, %2 of 5. If it was taken down wrongly, choose the right one:")
                  .arg(SymbolWords.face(screen.answer.rating, Language.language)).arg(screen.answer.rating || 0)
    }
    FaceScale {
        objectName: "correctionFaces"
        visible: face.visible
        width: parent.width
        rating: screen.rating
        onChosen: rating => screen.rating = rating
    }
    BodyText {
        id: cards
        objectName: "answerCards"
        width: parent.width
        visible: screen.open && screen.answer.format === "pictures"
        text: qsTr("Their picture cards: %1. If a card went to the wrong pile, choose the right one:")
                  .arg(screen.pictureWords(screen.answer.symbols))
    }
    Repeater {
        model: cards.visible ? screen.answer.symbols : []
        Column {
            id: card
            required property var modelData
            required property int index
            readonly property string word: SymbolWords.word(modelData.symbol, Language.language)
            width: parent ? parent.width : 0
            spacing: Theme.spacing / 2
            BodyText {
                width: parent.width
                font.bold: true
                text: card.word
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing
                Repeater {
                    model: ["good", "unsure", "bad"]
                    ActionButton {
                        required property string modelData
                        objectName: "pile_" + card.index + "_" + modelData
                        exclusive: true
                        selected: screen.piles[card.modelData.symbol] === modelData
                        text: SymbolWords.pile(modelData, Language.language)
                        accessibleName: qsTr("%1: %2").arg(card.word).arg(text)
                        onClicked: screen.setPile(card.modelData.symbol, modelData)
                    }
                }
            }
        }
    }
    // Shown once there is a change to save, so it never looks ready when it is not.
    ActionButton {
        objectName: "saveCorrection"
        visible: screen.corrected
        primary: true
        enabled: screen.answer.format !== "write" || area.text.trim().length > 0
        text: qsTr("Save the correction")
        accessibleName: qsTr("Save the correction to answer %1").arg(screen.answer.number || "")
        onClicked: screen.saveCorrection()
    }
    BodyText {
        id: media
        objectName: "answerMedia"
        width: parent.width
        visible: screen.open && (screen.answer.format === "speak" || screen.answer.format === "draw")
        text: screen.answer.format === "speak"
              ? qsTr("A voice note. It is sealed for the organisation, so it cannot be played or corrected on this tablet. To change it, withdraw it and record the answer again.")
              : qsTr("A drawing. It is sealed for the organisation, so it cannot be shown or corrected on this tablet. To change it, withdraw it and draw the answer again.")
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
