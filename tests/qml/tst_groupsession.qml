import QtQuick
import QtTest
import Chorus
import ChorusTest

// A whole group session on one tablet, from staff mode to the ranked result: four people, ideas
// written, given as a face and sorted as pictures, three dots each, once by touch alone and once by
// keyboard alone (the way switch access arrives), in English, Welsh and Arabic; then what is saved.
KioskTestCase {
    name: "GroupSession"

    property bool keyboard: false

    function cleanup() {
        Group.end()
        Language.language = "en"
    }

    function act(name) {
        if (keyboard)
            pressKey(name)
        else
            tap(name)
    }

    function addIdea(format, fill) {
        act("groupAddIdea")
        expectScreen("format")
        act("format_" + format)
        expectScreen(format)
        fill()
        act("nextButton")
        expectScreen("check")
        act("confirmAnswer")
        expectScreen("consent")
        act("sendButton")
        expectScreen("groupIdeas")
    }

    function runSession(language, byKeyboard, ideasTitle) {
        keyboard = byKeyboard
        Language.language = language
        shell.show("staff")
        wait(100)
        act("startGroupSession")
        expectScreen("groupSetup")
        if (keyboard)
            tabTo("groupQuestion")
        else
            tap("groupQuestion")
        type("What should we do this summer")
        // Three dots each is the default; the keyboard run hides the votes until everyone has voted.
        compare(item("groupDots_3").selected, true)
        if (keyboard)
            act("groupHideVotes")
        act("groupStart")
        expectScreen("groupIdeas")
        // The screens speak the person's language.
        compare(shell.currentScreen.title, ideasTitle)
        compare(Group.dots, 3)
        compare(Group.hideVotes, byKeyboard)
        const sessionId = Group.sessionId

        addIdea("write", () => type("A trip to the sea"))
        addIdea("faces", () => act("face5"))
        addIdea("pictures", () => { act("card_food"); act("place_good"); act("card_friends"); act("place_good") })
        compare(Group.ideas.length, 3)
        // The last giver sees the code to take their idea back.
        verify(item("groupIdeaReference").visible)
        verify(item("groupIdeaReference").text.indexOf(Group.lastReference) >= 0)
        verify(showsText(shell.currentScreen, "A trip to the sea"))

        // Each idea reads itself aloud.
        act("readIdea_1")
        verify(Speech.lastSpoken.indexOf("A trip to the sea") >= 0, Speech.lastSpoken)

        act("groupStartVoting")
        expectScreen("groupVote")
        // Sea: 2+0+1+3 = 6; face: 1+1+2+0 = 4; pictures: 0+2+0+0 = 2.
        const ballots = [[1, 1, 2], [2, 3, 3], [1, 2, 2], [1, 1, 1]]
        for (let person = 0; person < 4; ++person) {
            compare(Group.voter, person + 1)
            compare(Group.dotsLeft, 3)
            for (const [i, n] of ballots[person].entries()) {
                act("addDot_" + n)
                // A switch user's place is kept: the card changes in place, the focus stays put.
                if (keyboard && i === 0)
                    verify(item("addDot_" + n).activeFocus, "focus stays on the button after a dot")
            }
            compare(Group.dotsLeft, 0)
            verify(!item("addDot_1").enabled, "no fourth dot")
            if (person === 0) {
                // A dot taken back and given again.
                act("removeDot_2")
                compare(Group.dotsLeft, 1)
                act("addDot_2")
            }
            // Hidden totals are not on screen while people vote.
            compare(item("ideaCard_1").dotWords === "", byKeyboard && true)
            act("groupFinishVoting")
            tryCompare(Group, "phase", GroupSessionController.Handover)
            act(person < 3 ? "groupNextPerson" : "groupShowResults")
        }
        expectScreen("groupResults")
        const results = Group.results
        compare(results.length, 3)
        compare(results[0].number, 1)
        compare(results[0].votes, 6)
        compare(results[1].number, 2)
        compare(results[1].votes, 4)
        compare(results[2].votes, 2)
        const topIdea = results[0].ideaId
        // Bars with numbers and words: the first card says its place and dots in the screen's language.
        const first = item("ideaCard_1")
        compare(first.mode, "result")
        verify(first.sentence.indexOf("6") >= 0, first.sentence)
        verify(first.dotWords.indexOf("6") >= 0, first.dotWords)
        act("readAloud")
        verify(Speech.lastSpoken.indexOf("6") >= 0, Speech.lastSpoken)

        if (keyboard)
            tabTo("groupNextStep")
        else
            tap("groupNextStep")
        type("We will book the minibus")
        act("groupEnd")
        expectScreen("welcome")
        verify(!Group.active)

        const saved = Store.groupSession(sessionId)
        compare(saved.question, "What should we do this summer")
        compare(saved.participants, 4)
        compare(saved.nextStep, "We will book the minibus")
        compare(saved.ended, true)
        compare(saved.ideas, 3)
        compare(saved.voteRecords, 7) // ideas per person: 2, 2, 2, 1
        let total = 0
        for (const id in saved.votes)
            total += saved.votes[id]
        compare(total, 12)
        compare(saved.votes[topIdea], 6)
    }

    function test_session_by_touch_data() {
        return [{ tag: "en", language: "en", title: "Ideas from the group" },
                { tag: "cy", language: "cy", title: "Syniadau gan y grŵp" },
                { tag: "ar", language: "ar", title: "أفكار المجموعة" }]
    }
    function test_session_by_touch(data) {
        runSession(data.language, false, data.title)
    }

    function test_session_by_keyboard_data() {
        return [{ tag: "en", language: "en", title: "Ideas from the group" },
                { tag: "cy", language: "cy", title: "Syniadau gan y grŵp" },
                { tag: "ar", language: "ar", title: "أفكار المجموعة" }]
    }
    function test_session_by_keyboard(data) {
        runSession(data.language, true, data.title)
    }

    // Starting needs a question, in words on the screen.
    function test_setup_refuses_an_empty_question() {
        shell.show("groupSetup")
        tap("groupStart")
        expectScreen("groupSetup")
        verify(item("groupSetupError").visible)
        verify(!Group.active)
    }
}
