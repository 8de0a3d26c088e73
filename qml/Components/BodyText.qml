import QtQuick
import Chorus

// Body text: theme font and size, wraps rather than clips at any text scale.
Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    wrapMode: Text.Wrap
    lineHeight: 1.2
    horizontalAlignment: Text.AlignLeft
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
