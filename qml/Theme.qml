pragma Singleton
import QtQuick

// Every colour, size and font in one place, so themes and text scaling change the whole app.
QtObject {
    id: theme

    // Per visit: a person may switch these on the Welcome screen; each new visit starts from the
    // device defaults staff chose.
    property bool highContrast: false
    property bool dyslexicFont: false
    property real textScale: 1.0
    property bool rightToLeft: false

    readonly property color background: highContrast ? "#000000" : "#F7F4EE"
    readonly property color surface: highContrast ? "#000000" : "#FFFFFF"
    readonly property color text: highContrast ? "#FFFFFF" : "#1A1A1A"
    readonly property color mutedText: highContrast ? "#FFFFFF" : "#3D3D3D"
    readonly property color border: highContrast ? "#FFFFFF" : "#5A5A5A"
    readonly property color primary: highContrast ? "#FFE500" : "#0B4F94"
    readonly property color textOnPrimary: highContrast ? "#000000" : "#FFFFFF"
    readonly property color selectedBackground: highContrast ? "#FFFFFF" : "#DCEAF8"
    readonly property color selectedText: highContrast ? "#000000" : "#1A1A1A"
    readonly property color selectedBorder: highContrast ? "#00E5FF" : "#0B4F94"
    readonly property color focusRing: highContrast ? "#00E5FF" : "#B03A00"
    readonly property color error: highContrast ? "#FFFFFF" : "#921418"
    readonly property color errorBackground: highContrast ? "#000000" : "#FCEBEC"
    readonly property color good: highContrast ? "#000000" : "#E3F2E6"
    readonly property color unsure: highContrast ? "#000000" : "#FFF4D6"
    readonly property color bad: highContrast ? "#000000" : "#FBE4E4"
    readonly property color scrim: "#B3000000"

    readonly property string fontFamily: dyslexicFont ? "OpenDyslexic"
                                                      : (rightToLeft ? "Noto Naskh Arabic" : "Noto Sans")

    // 72 px targets on the kiosk: big enough for unsteady hands (WCAG asks for 24, AAA for 44).
    readonly property int target: 72
    readonly property int bodySize: Math.round(24 * textScale)
    readonly property int largeSize: Math.round(30 * textScale)
    // Titles grow less than body text, so at 200% a screen's title leaves room for its content.
    readonly property int titleSize: Math.round(38 * Math.min(textScale, 1.5))
    readonly property int heroSize: Math.round(56 * textScale)
    readonly property int spacing: 16
    readonly property int margin: 32
    readonly property int radius: 12
    readonly property int focusWidth: 5
    readonly property int iconSize: Math.round(48 * Math.min(textScale, 1.5))
    readonly property int symbolSize: Math.round(96 * Math.min(textScale, 1.5))
}
