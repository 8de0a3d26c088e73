import QtQuick
import Chorus

// What happens next, and the reference code that lets a person take their answer back.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "thanksScreen"
    showBack: false
    title: qsTr("Thank you")
    readText: [title, saved.text].concat(helpNow.visible ? [helpNow.words] : [])
                                   .concat([next.text, code.Accessible.name, withdraw.text]).join(". ")

    BodyText {
        id: saved
        width: parent.width
        text: qsTr("Your answer has been saved.")
        font.pixelSize: Theme.largeSize
    }
    // The organisation's words for someone who needs help now, set on the dashboard; shown only when
    // it has set some.
    Rectangle {
        id: helpNow
        readonly property string fellBackNote: !HelpWords.fellBack ? ""
            : HelpWords.textLanguage === "cy" ? qsTr("In Welsh")
            : HelpWords.textLanguage === "ar" ? qsTr("In Arabic") : qsTr("In English")
        readonly property string words: helpHeading.text + " " + HelpWords.text
                                        + (fellBackNote ? " (" + fellBackNote + ")" : "")
        objectName: "helpNow"
        visible: HelpWords.text !== ""
        width: parent.width
        height: helpColumn.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        border.color: Theme.primary
        border.width: 4
        radius: Theme.radius
        Accessible.role: Accessible.StaticText
        Accessible.name: words
        Column {
            id: helpColumn
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: 8
            BodyText {
                id: helpHeading
                width: parent.width
                text: qsTr("If you need help now:")
                font.bold: true
                Accessible.ignored: true
            }
            BodyText {
                objectName: "helpNowWords"
                width: parent.width
                text: HelpWords.text + (helpNow.fellBackNote ? "\n(" + helpNow.fellBackNote + ")" : "")
                Accessible.ignored: true
            }
        }
    }
    BodyText {
        id: next
        width: parent.width
        text: qsTr("What happens next: staff read every answer. We show what we change on this screen, under \"You said, we did\".")
    }
    Rectangle {
        width: parent.width
        height: codeColumn.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        border.color: Theme.border
        border.width: 3
        radius: Theme.radius
        Column {
            id: codeColumn
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: 8
            BodyText {
                width: parent.width
                text: qsTr("Your code:")
            }
            BodyText {
                id: code
                objectName: "referenceCode"
                width: parent.width
                text: Session.reference
                font.pixelSize: Theme.heroSize
                font.bold: true
                font.letterSpacing: 4
                // Codes are read left to right in every language.
                horizontalAlignment: Text.AlignLeft
                LayoutMirroring.enabled: false
                Accessible.name: qsTr("Your code is %1").arg(Session.reference.split("").join(" "))
            }
            BodyText {
                id: withdraw
                width: parent.width
                text: qsTr("If you change your mind, give this code to staff and they will remove your answer.")
            }
        }
    }

    footer: [
        ActionButton {
            objectName: "finishButton"
            primary: true
            icon: "start"
            text: qsTr("Finish")
            accessibleName: qsTr("Finish and go back to the start")
            onClicked: screen.shell.startAgain()
        }
    ]
}
