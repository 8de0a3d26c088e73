import QtQuick
import Chorus

// The one accessible, focusable, touchable control everything else is built from.
Rectangle {
    id: root

    signal clicked()
    signal pressAndHold()
    signal released()
    // Lets a card be dragged as well as tapped (Talking-Mats sorting).
    property alias drag: touch.drag

    property string text
    // A whole sentence when the control says more than its label.
    property string accessibleName: text
    property bool primary: false
    property bool selected: false
    property bool checkable: false
    // One of a set where choosing one unchooses the others (the language): a radio button to
    // assistive technology, not a check box.
    property bool exclusive: false
    readonly property color foreground: primary ? Theme.textOnPrimary : (selected ? Theme.selectedText : Theme.text)
    readonly property bool pressed: touch.pressed

    implicitWidth: Theme.target
    implicitHeight: Theme.target
    radius: Theme.radius
    color: primary ? Theme.primary : (selected ? Theme.selectedBackground : Theme.surface)
    border.width: selected ? 6 : 2
    border.color: selected ? Theme.selectedBorder : (primary ? Theme.primary : Theme.border)
    scale: touch.pressed ? 0.97 : 1.0

    activeFocusOnTab: enabled
    Accessible.role: exclusive ? Accessible.RadioButton : (checkable ? Accessible.CheckBox : Accessible.Button)
    Accessible.name: accessibleName
    Accessible.checkable: checkable || exclusive
    Accessible.checked: selected
    Accessible.focusable: enabled
    Accessible.ignored: !visible
    Accessible.onPressAction: if (enabled) root.clicked()
    Accessible.onToggleAction: if (enabled) root.clicked()

    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    Keys.onSpacePressed: clicked()

    FocusRing {
        visible: root.activeFocus
    }

    MouseArea {
        id: touch
        anchors.fill: parent
        enabled: root.enabled
        pressAndHoldInterval: 1500
        onClicked: root.clicked()
        onPressAndHold: root.pressAndHold()
        onReleased: root.released()
        Accessible.ignored: true
    }
}
