import QtQuick
import Chorus

// The visible keyboard/switch focus indicator: a thick outline just outside its parent.
Rectangle {
    anchors.fill: parent
    anchors.margins: -(Theme.focusWidth + 3)
    color: "transparent"
    radius: Theme.radius + 4
    border.width: Theme.focusWidth
    border.color: Theme.focusRing
    Accessible.ignored: true
}
