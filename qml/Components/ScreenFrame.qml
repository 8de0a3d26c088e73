import QtQuick
import QtQuick.Window
import Chorus

// The frame every screen shares: Back, the title, Read aloud, a scrolling body and a footer
// of actions. Escape goes back, like the Back button. When the body is taller than the screen a
// "More below" button says so (and scrolls), and whatever takes keyboard focus is scrolled into view.
FocusScope {
    id: root

    property string title
    // What Read aloud says; screens add their options and answers to the title.
    property string readText: title
    property bool showBack: true
    default property alias content: body.data
    property alias footer: footerFlow.data
    property alias flickable: flick
    readonly property real bodyHeight: body.implicitHeight + 2 * Theme.focusWidth + 16
    // The body does not fit between the header and the footer's actions (worked out without the
    // cue, so showing the cue cannot feed back into whether it shows).
    readonly property bool overflows: bodyHeight > height - header.height - footerFlow.height - 4 * Theme.margin + 1

    // A title that would wrap in the header (long, or at 200% text) heads the scrolling body
    // instead, so the header stays one row and leaves the body room.
    readonly property bool titleFits: titleMetrics.advanceWidth <= header.width - readAloud.width - Theme.spacing
                                      - (backButton.visible ? backButton.width + Theme.spacing : 0)

    signal back()

    TextMetrics {
        id: titleMetrics
        font: titleText.font
        text: root.title
    }

    Keys.onEscapePressed: if (showBack) back()

    // Brings an item inside the scrolling body fully into view; Tab must never land out of sight.
    function reveal(item) {
        let p = item
        while (p && p !== flick.contentItem)
            p = p.parent
        if (!p || item === flick.contentItem)
            return
        // Room for the focus ring, unless the item is as tall as the body: then its top comes first.
        const pad = Math.min(Theme.focusWidth + 8, Math.max(0, (flick.height - item.height) / 2))
        const top = item.mapToItem(flick.contentItem, 0, 0).y - pad
        const bottom = top + item.height + 2 * pad
        const maxY = Math.max(0, flick.contentHeight - flick.height)
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(maxY, Math.min(top, bottom - flick.height))
    }

    // Focus that comes with a touch is on what the person touched, in view already: scrolling then
    // would move a card out from under a dragging finger.
    PointHandler {
        id: pointer
        target: null
        acceptedButtons: Qt.AllButtons
    }

    Connections {
        target: root.Window.window
        function onActiveFocusItemChanged() {
            const focused = root.Window.window.activeFocusItem
            if (focused && !pointer.active)
                root.reveal(focused)
        }
    }

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
        height: Math.max(backButton.height, root.titleFits ? titleText.implicitHeight : 0, readAloud.height)

        ActionButton {
            id: backButton
            objectName: "backButton"
            anchors.left: parent.left
            anchors.top: parent.top
            visible: root.showBack
            icon: Theme.rightToLeft ? "forward" : "back"
            text: qsTr("Back")
            accessibleName: qsTr("Go back")
            width: Math.min(implicitWidth, header.width / 3)
            onClicked: root.back()
        }
        BodyText {
            id: titleText
            visible: root.titleFits
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
            width: Math.min(implicitWidth, header.width / 2)
            textToRead: root.readText
        }
    }

    Flickable {
        id: flick
        anchors.top: header.bottom
        anchors.bottom: bottomZone.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        contentWidth: width
        contentHeight: root.bodyHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: body
            x: Theme.focusWidth + 8
            y: Theme.focusWidth + 8
            width: flick.width - 2 * x
            spacing: Theme.spacing

            BodyText {
                objectName: "bodyTitle"
                width: parent.width
                visible: !root.titleFits
                text: root.title
                font.pixelSize: Theme.titleSize
                font.bold: true
                Accessible.role: Accessible.Heading
            }
        }
    }

    // The footer's actions and, at the end of the same row, the "More below" cue.
    Item {
        id: bottomZone
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        height: Math.max(footerFlow.height, root.overflows ? moreBelow.height : 0)
    }

    Flow {
        id: footerFlow
        anchors.left: bottomZone.left
        anchors.right: bottomZone.right
        anchors.bottom: bottomZone.bottom
        // Room for the cue whenever the body overflows, shown or not, so scrolling moves nothing.
        anchors.rightMargin: root.overflows ? moreBelow.width + Theme.spacing : 0
        spacing: Theme.spacing
        layoutDirection: Theme.rightToLeft ? Qt.RightToLeft : Qt.LeftToRight
    }

    // Says there is more below the fold, and scrolls a page; gone at the end of the body.
    ActionButton {
        id: moreBelow
        objectName: "moreBelow"
        anchors.right: bottomZone.right
        anchors.bottom: bottomZone.bottom
        width: Math.min(implicitWidth, root.width / 3)
        visible: root.overflows && flick.contentY < flick.contentHeight - flick.height - 2
        icon: "down"
        text: qsTr("More")
        accessibleName: qsTr("There is more below. Scroll down.")
        onClicked: flick.contentY = Math.min(flick.contentHeight - flick.height, flick.contentY + flick.height * 0.8)
    }
}
