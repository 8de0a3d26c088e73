import QtQuick
import Chorus

// Staff mode on a coordinator device: make a picture card from a drawing or a picture file, with its
// words in English, Welsh and Arabic. Saved on the device and sent at the next sync; kiosks show it
// in picture sorting once they have it.
ScreenFrame {
    id: screen
    required property Item shell
    property string message: ""
    objectName: "cardMakerScreen"
    title: qsTr("Make a picture card")
    readText: [title, intro.text, drawHint.text, message].filter(t => t !== "").join(". ")
    onBack: shell.back()

    function save() {
        const error = CardMaking.save(english.text, welsh.text, arabic.text)
        if (error === "") {
            english.text = ""
            welsh.text = ""
            arabic.text = ""
            fileField.text = ""
            message = qsTr("Card saved. It goes to every device at the next sync.")
        } else {
            message = error
        }
    }

    BodyText {
        id: intro
        width: parent.width
        text: qsTr("A picture card is a picture with its words in English, Welsh and Arabic. Questions can use it for picture sorting.")
    }

    BodyText {
        id: drawHint
        width: parent.width
        text: CardMaking.pictureFile.toString() === ""
              ? qsTr("Draw the picture, or use a picture file (PNG or JPEG).")
              : qsTr("This picture file will be used.")
    }
    DrawingPad {
        id: pad
        objectName: "cardDrawingPad"
        visible: CardMaking.pictureFile.toString() === ""
        width: Math.min(parent.width, 480)
        height: width
        strokes: CardMaking.strokes
        onStrokeAdded: stroke => { screen.message = ""; CardMaking.addStroke(stroke) }
    }
    Image {
        objectName: "cardPicturePreview"
        visible: CardMaking.pictureFile.toString() !== ""
        width: Math.min(parent.width, 480)
        height: width
        fillMode: Image.PreserveAspectFit
        source: CardMaking.pictureFile
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("The chosen picture")
    }
    Flow {
        width: parent.width
        spacing: Theme.spacing
        BigTextField {
            id: fileField
            objectName: "cardPictureFile"
            width: Math.min(parent.width, 640)
            placeholderText: "/media/usb/bus.png"
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Picture file")
            onAccepted: useFile.clicked()
        }
        ActionButton {
            id: useFile
            objectName: "cardUseFile"
            text: qsTr("Use this picture file")
            enabled: fileField.text.trim() !== ""
            onClicked: screen.message = CardMaking.choosePictureFile(fileField.text.trim())
        }
        ActionButton {
            objectName: "cardClearPicture"
            icon: "clear"
            text: qsTr("Clear the picture")
            enabled: CardMaking.hasPicture
            onClicked: {
                screen.message = ""
                CardMaking.clearPicture()
            }
        }
    }

    BodyText { width: parent.width; text: qsTr("Words in English") }
    BigTextField {
        id: english
        objectName: "cardEnglish"
        width: parent.width
        Accessible.name: qsTr("Card words in English")
    }
    BodyText { width: parent.width; text: qsTr("Words in Welsh (Cymraeg)") }
    BigTextField {
        id: welsh
        objectName: "cardWelsh"
        width: parent.width
        Accessible.name: qsTr("Card words in Welsh")
    }
    BodyText { width: parent.width; text: qsTr("Words in Arabic (العربية)") }
    BigTextField {
        id: arabic
        objectName: "cardArabic"
        width: parent.width
        horizontalAlignment: TextInput.AlignRight
        Accessible.name: qsTr("Card words in Arabic")
    }
    BodyText {
        objectName: "cardMakerMessage"
        width: parent.width
        visible: screen.message !== ""
        text: screen.message
        font.bold: true
        Accessible.role: Accessible.AlertMessage
    }

    footer: [
        ActionButton {
            objectName: "saveCard"
            icon: "cards"
            text: qsTr("Save the card")
            accessibleName: qsTr("Save the picture card")
            onClicked: screen.save()
        }
    ]
}
