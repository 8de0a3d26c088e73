import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Styles

// The on-screen keyboard in the kiosk's high-contrast look (Theme.highContrast): black keys with a
// white edge and yellow letters; a pressed key turns white with black letters, so a press shows
// without colour alone. Function keys say what they do in symbols people know from phones.
KeyboardStyle {
    id: style
    // The key letters' colour, which tst_kioskkeyboard reads to know this look is on. Delegates run in
    // contexts of their own (some with a "style" of their own), so they write their colours out.
    readonly property color keyText: "#FFE500"

    keyboardDesignWidth: 2560
    keyboardDesignHeight: 800
    keyboardRelativeLeftMargin: 40 / keyboardDesignWidth
    keyboardRelativeRightMargin: 40 / keyboardDesignWidth
    keyboardRelativeTopMargin: 20 / keyboardDesignHeight
    keyboardRelativeBottomMargin: 20 / keyboardDesignHeight

    keyboardBackground: Rectangle {
        color: "#000000"
        border.color: "#FFFFFF"
        border.width: 2
    }

    // One face for every key: the label in big bold yellow on black, white edge; inverted when pressed.
    // (An inline component cannot see the style's id, so its colours are its own.)
    component Face: KeyPanel {
        id: face
        property string label: control ? control.displayText : ""
        property bool lit: false
        readonly property bool down: control ? control.pressed : false
        Rectangle {
            anchors.fill: parent
            anchors.margins: Math.max(3, Math.round(face.height * 0.06))
            radius: 8
            color: face.down ? "#FFFFFF" : "#000000"
            border.color: face.lit ? "#FFE500" : "#FFFFFF"
            border.width: face.lit ? 6 : 3
            opacity: face.control && face.control.enabled ? 1 : 0.5
            Text {
                anchors.fill: parent
                anchors.margins: 4
                text: face.label
                color: face.down ? "#000000" : "#FFE500"
                font.pixelSize: Math.max(18, Math.round(face.height * 0.45))
                font.bold: true
                fontSizeMode: Text.Fit
                minimumPixelSize: 12
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }

    keyPanel: Face {}
    backspaceKeyPanel: Face { label: "⌫" }
    languageKeyPanel: Face { label: "🌐" }
    enterKeyPanel: Face { label: "⏎" }
    hideKeyPanel: Face { label: "⌨ ▾" }
    shiftKeyPanel: Face {
        label: "⇧"
        lit: InputContext.capsLockActive || InputContext.shiftActive
    }
    spaceKeyPanel: Face { label: "␣" }
    symbolKeyPanel: Face {}
    modeKeyPanel: Face { lit: control && control.mode }
    handwritingKeyPanel: Face { label: "✍" }

    characterPreviewMargin: 0
    characterPreviewDelegate: Rectangle {
        property string text
        color: "#FFFFFF"
        border.color: "#000000"
        border.width: 4
        radius: 8
        Text {
            anchors.centerIn: parent
            text: parent.text
            color: "#000000"
            font.pixelSize: Math.max(24, Math.round(96 * style.scaleHint))
            font.bold: true
        }
    }

    alternateKeysListItemWidth: 120 * scaleHint
    alternateKeysListItemHeight: 170 * scaleHint
    alternateKeysListDelegate: Item {
        id: alternate
        property bool currentItem: ListView.isCurrentItem
        width: style.alternateKeysListItemWidth
        height: style.alternateKeysListItemHeight
        Text {
            anchors.centerIn: parent
            text: model.text
            color: alternate.currentItem ? "#000000" : "#FFE500"
            font.pixelSize: Math.max(20, Math.round(72 * style.scaleHint))
            font.bold: true
        }
    }
    alternateKeysListHighlight: Rectangle { color: "#FFFFFF"; radius: 8 }
    alternateKeysListBackground: Rectangle {
        color: "#000000"
        border.color: "#FFFFFF"
        border.width: 3
        radius: 8
    }

    selectionListHeight: 85 * scaleHint
    selectionListDelegate: SelectionListItem {
        id: candidate
        width: Math.max(80, label.implicitWidth + 40)
        Text {
            id: label
            anchors.centerIn: parent
            text: display
            color: "#FFE500"
            font.pixelSize: Math.max(18, Math.round(44 * style.scaleHint))
        }
    }
    selectionListBackground: Rectangle { color: "#000000" }

    navigationHighlight: Rectangle {
        color: "transparent"
        border.color: "#00E5FF"
        border.width: 6
    }

    popupListDelegate: SelectionListItem {
        width: 200
        height: 60
        Text {
            anchors.centerIn: parent
            text: display
            color: "#FFE500"
            font.pixelSize: 28
        }
    }
    popupListBackground: Rectangle { color: "#000000"; border.color: "#FFFFFF"; border.width: 3 }
    popupListHighlight: Rectangle { color: "transparent"; border.color: "#FFE500"; border.width: 4 }
    languageListDelegate: SelectionListItem {
        width: 300
        height: 60
        Text {
            anchors.centerIn: parent
            text: displayName
            color: "#FFE500"
            font.pixelSize: 28
        }
    }
    languageListBackground: Rectangle { color: "#000000"; border.color: "#FFFFFF"; border.width: 3 }
    languageListHighlight: Rectangle { color: "transparent"; border.color: "#FFE500"; border.width: 4 }
}
