import QtQuick
import Chorus

// The frame every screen shares: Back, the title, Read aloud, a scrolling body and a footer
// of actions. Escape goes back, like the Back button.
FocusScope {
    id: root

    property string title
    // What Read aloud says; screens add their options and answers to the title.
    property string readText: title
    property bool showBack: true
    default property alias content: body.data
    property alias footer: footerFlow.data
    property alias flickable: flick

    signal back()

    Keys.onEscapePressed: if (showBack) back()

    Rectangle {
        anchors.fill: parent
        color: Theme.background
        Accessible.ignored: true
    }

    Item {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        height: Math.max(backButton.height, titleText.implicitHeight, readAloud.height)

        ActionButton {
            id: backButton
            objectName: "backButton"
            anchors.left: parent.left
            anchors.top: parent.top
            visible: root.showBack
            icon: Theme.rightToLeft ? "forward" : "back"
            text: qsTr("Back")
            accessibleName: qsTr("Go back")
            width: Math.min(implicitWidth, header.width / 4)
            onClicked: root.back()
        }
        BodyText {
            id: titleText
            anchors.left: backButton.visible ? backButton.right : parent.left
            anchors.right: readAloud.left
            anchors.leftMargin: backButton.visible ? Theme.spacing : 0
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            text: root.title
            font.pixelSize: Theme.titleSize
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        ReadAloudButton {
            id: readAloud
            anchors.right: parent.right
            anchors.top: parent.top
            width: Math.min(implicitWidth, header.width / 3)
            textToRead: root.readText
        }
    }

    Flickable {
        id: flick
        anchors.top: header.bottom
        anchors.bottom: footerFlow.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        contentWidth: width
        contentHeight: body.implicitHeight + 2 * Theme.focusWidth + 16
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: body
            x: Theme.focusWidth + 8
            y: Theme.focusWidth + 8
            width: flick.width - 2 * x
            spacing: Theme.spacing
        }
    }

    Flow {
        id: footerFlow
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        layoutDirection: Theme.rightToLeft ? Qt.RightToLeft : Qt.LeftToRight
    }
}
