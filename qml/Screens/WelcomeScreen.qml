import QtQuick
import Chorus

// The attract screen: the big "Have your say", languages named in themselves, ways to make the
// screen easier to see, and what changed because of what people said.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "welcomeScreen"
    showBack: false
    title: DeviceSettings.siteName
    readText: [title, heroText.text, introText.text, outcomeText.text].join(". ")

    property int outcomeIndex: 0

    Timer {
        interval: 8000
        repeat: true
        running: Outcomes.count > 1
        onTriggered: screen.outcomeIndex = (screen.outcomeIndex + 1) % Outcomes.count
    }

    BodyText {
        id: heroText
        width: parent.width
        text: qsTr("Have your say")
        font.pixelSize: Theme.heroSize
        font.bold: true
        Accessible.role: Accessible.Heading
    }
    BodyText {
        id: introText
        width: parent.width
        text: qsTr("Tell us what you think. It takes about two minutes. You do not need to give your name.")
    }
    ActionButton {
        objectName: "startButton"
        width: Math.min(parent.width, Math.max(implicitWidth, 480))
        primary: true
        icon: "start"
        text: qsTr("Start")
        accessibleName: qsTr("Have your say: start")
        onClicked: screen.shell.go("question")
    }

    BodyText {
        width: parent.width
        text: qsTr("Language")
        font.bold: true
    }
    Flow {
        width: parent.width
        spacing: Theme.spacing
        Repeater {
            model: Language.languages
            ActionButton {
                required property var modelData
                objectName: "language_" + modelData.code
                text: modelData.name
                selected: Language.language === modelData.code
                checkable: true
                onClicked: Language.language = modelData.code
            }
        }
    }

    BodyText {
        width: parent.width
        text: qsTr("Make it easier to see")
        font.bold: true
    }
    Flow {
        width: parent.width
        spacing: Theme.spacing
        ActionButton {
            objectName: "biggerText"
            icon: "textsize"
            checkable: true
            selected: Theme.textScale > 1.0
            text: Theme.textScale > 1.0 ? qsTr("Normal text") : qsTr("Bigger text")
            onClicked: Theme.textScale = Theme.textScale > 1.0 ? 1.0 : 2.0
        }
        ActionButton {
            objectName: "highContrast"
            icon: "contrast"
            checkable: true
            selected: Theme.highContrast
            text: qsTr("High contrast")
            onClicked: Theme.highContrast = !Theme.highContrast
        }
        ActionButton {
            objectName: "readingFont"
            icon: "font"
            checkable: true
            selected: Theme.dyslexicFont
            text: qsTr("Easy-read font")
            onClicked: Theme.dyslexicFont = !Theme.dyslexicFont
        }
    }

    Rectangle {
        width: parent.width
        visible: Outcomes.count > 0
        height: outcomeColumn.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        border.color: Theme.border
        border.width: 2
        radius: Theme.radius
        Column {
            id: outcomeColumn
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: 8
            BodyText {
                width: parent.width
                text: qsTr("You said, we did")
                font.pixelSize: Theme.largeSize
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: Outcomes
                BodyText {
                    required property int index
                    required property string said
                    required property string did
                    required property bool fellBack
                    objectName: index === screen.outcomeIndex ? "currentOutcome" : ""
                    visible: index === screen.outcomeIndex
                    width: parent.width
                    text: qsTr("You said: %1").arg(said) + "\n" + qsTr("We did: %1").arg(did)
                          + (fellBack ? "\n(" + qsTr("In English") + ")" : "")
                    onVisibleChanged: if (visible) outcomeText.text = text
                    Component.onCompleted: if (visible) outcomeText.text = text
                }
            }
        }
        Text {
            id: outcomeText
            visible: false
            Accessible.ignored: true
        }
    }

    footer: [
        ButtonBase {
            objectName: "staffCorner"
            text: qsTr("Staff")
            accessibleName: qsTr("Staff settings. Press and hold.")
            width: Theme.target
            height: Theme.target
            onPressAndHold: screen.shell.go("staffPin")
            Keys.onReturnPressed: screen.shell.go("staffPin")
            Keys.onSpacePressed: screen.shell.go("staffPin")
            BodyText {
                anchors.centerIn: parent
                width: parent.width - 4
                horizontalAlignment: Text.AlignHCenter
                text: parent.text
                font.pixelSize: Math.min(Theme.bodySize, 24)
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 24
                wrapMode: Text.NoWrap
                elide: Text.ElideRight
                Accessible.ignored: true
            }
        }
    ]
}
