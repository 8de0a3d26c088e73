import QtQuick
import QtTest
import Chorus
import ChorusTest
import "../qml"

// Making a picture card on a coordinator device, as a coordinator does it in staff mode: once from a
// drawing by keyboard alone (arrow keys draw), once from a picture file by touch. A card without a
// picture, without its words in each language, or from a file that is not a picture is refused with
// a message that is also read aloud; a saved card is on this device with its picture at once (and
// queued to sync: tst_picturecardcoordinator takes it to a kiosk through a real chorus-server).
KioskTestCase {
    name: "CardMaker"

    SignalSpy {
        id: savedSpy
        target: CardMaking
        signalName: "saved"
    }

    function init() {
        Inactivity.timeoutMs = 60000
        Inactivity.countdownMs = 15000
        shell.startAgain()
        CardMaking.clearPicture()
        savedSpy.clear()
        wait(50)
    }

    function openMakerByKeyboard() {
        // The PIN has tests of its own (tst_languages, tst_stafflock).
        shell.show("staff")
        expectScreen("staff")
        verify(CardMaking.available, "this device is enrolled as a coordinator")
        verify(item("makePictureCard").visible)
        pressKey("makePictureCard")
        expectScreen("cardMaker")
    }

    function message() {
        const shown = item("cardMakerMessage")
        return shown.visible ? shown.text : ""
    }

    function test_a_drawn_card_by_keyboard_alone() {
        openMakerByKeyboard()
        compare(CardMaking.hasPicture, false)

        // Nothing to save yet: said on screen and when read aloud.
        pressKey("saveCard")
        compare(savedSpy.count, 0)
        verify(message().indexOf("draw a picture") >= 0, message())
        verify(shell.currentScreen.readText.indexOf("draw a picture") >= 0, shell.currentScreen.readText)

        // A bus shape drawn with the arrow keys: each press is a stroke.
        tabTo("cardDrawingPad")
        for (const key of [Qt.Key_Right, Qt.Key_Right, Qt.Key_Down, Qt.Key_Left, Qt.Key_Left])
            keyClick(key)
        compare(CardMaking.strokes.length, 5)
        verify(CardMaking.hasPicture)

        // Words in English only: refused, nothing saved.
        tabTo("cardEnglish")
        type("The bus")
        pressKey("saveCard")
        compare(savedSpy.count, 0)
        verify(message().indexOf("English, Welsh and Arabic") >= 0, message())

        tabTo("cardWelsh")
        type("Y bws")
        tabTo("cardArabic")
        // QTest cannot type Arabic letters as key presses; staff type them with the on-screen keyboard.
        item("cardArabic").text = "الحافلة"
        pressKey("saveCard")
        compare(savedSpy.count, 1)
        const cardId = savedSpy.signalArguments[0][0]
        verify(cardId.length > 0)
        verify(message().indexOf("Card saved") >= 0, message())
        // Ready for the next card.
        compare(item("cardEnglish").text, "")
        compare(CardMaking.hasPicture, false)

        // On this device at once, with its picture, in each language.
        tryVerify(() => PictureCards.shows(cardId), 5000, "the new card shows on this device")
        compare(PictureCards.words(cardId, "en"), "The bus")
        compare(PictureCards.words(cardId, "cy"), "Y bws")
        compare(PictureCards.words(cardId, "ar"), "الحافلة")
        verify(PictureCards.symbol(cardId).indexOf("picture:") === 0, PictureCards.symbol(cardId))
        verify(Pictures.source(PictureCards.symbol(cardId)).toString() !== "")

        // Back goes to staff settings.
        keyClick(Qt.Key_Escape)
        expectScreen("staff")
    }

    function test_a_card_from_a_picture_file_by_touch() {
        shell.show("staff")
        expectScreen("staff")
        tap("makePictureCard")
        expectScreen("cardMaker")

        // Not there, then not a picture: each refused with a message.
        tap("cardPictureFile")
        item("cardPictureFile").text = "/no/such/picture.png"
        tap("cardUseFile")
        verify(message().indexOf("not found") >= 0, message())
        verify(!CardMaking.hasPicture)

        // A real picture file, as from a USB stick.
        const path = Store.temporaryFile("doctor.png")
        verify(Store.writePicture(path), "could not write " + path)
        item("cardPictureFile").text = path
        tap("cardUseFile")
        compare(message(), "")
        verify(CardMaking.hasPicture)
        verify(item("cardPicturePreview").visible)
        verify(!item("cardDrawingPad").visible)

        tap("cardEnglish")
        type("Doctor")
        tap("cardWelsh")
        type("Meddyg")
        tap("cardArabic")
        item("cardArabic").text = "طبيب"
        tap("saveCard")
        compare(savedSpy.count, 1)
        const cardId = savedSpy.signalArguments[0][0]
        tryVerify(() => PictureCards.shows(cardId), 5000)
        compare(PictureCards.words(cardId, "cy"), "Meddyg")

        // Clearing a chosen picture brings the drawing pad back.
        item("cardPictureFile").text = path
        tap("cardUseFile")
        verify(CardMaking.hasPicture)
        tap("cardClearPicture")
        verify(!CardMaking.hasPicture)
        verify(item("cardDrawingPad").visible)
    }

    function test_a_file_that_is_not_a_picture_is_refused() {
        shell.show("cardMaker")
        expectScreen("cardMaker")
        const path = Store.temporaryFile("notes.png")
        verify(Store.writeFile(path, "these are words, not a picture"))
        item("cardPictureFile").text = path
        tap("cardUseFile")
        verify(message().indexOf("PNG or JPEG") >= 0, message())
        verify(!CardMaking.hasPicture)
    }
}
