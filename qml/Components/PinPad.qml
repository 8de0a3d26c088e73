import QtQuick
import Chorus

// The digits 0–9, delete and OK as large buttons, and the digits typed on a keyboard: the PIN pads
// of staff mode and of outreach workers. `entered` holds what was typed; `submitted` asks for a check.
Grid {
    id: pad
    property string entered: ""
    property int maxLength: 12
    // Object names are `prefix + digit`, so each screen's tests find its own pad.
    property string prefix: "pin_"
    signal submitted()

    columns: 3
    spacing: Theme.spacing
    LayoutMirroring.enabled: false

    // Keys typed on the screen holding the pad: the screen forwards them here.
    function handleKey(event) {
        if (event.text >= "0" && event.text <= "9" && event.text.length === 1) {
            if (entered.length < maxLength)
                entered += event.text
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            entered = entered.slice(0, -1)
            event.accepted = true
        }
    }

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        ActionButton {
            required property string modelData
            objectName: pad.prefix + (modelData === "⌫" ? "delete" : modelData)
            width: Theme.target * 1.5
            text: modelData === "OK" ? qsTr("OK") : modelData
            accessibleName: modelData === "⌫" ? qsTr("Delete") : text
            primary: modelData === "OK"
            onClicked: {
                if (modelData === "OK")
                    pad.submitted()
                else if (modelData === "⌫")
                    pad.entered = pad.entered.slice(0, -1)
                else if (pad.entered.length < pad.maxLength)
                    pad.entered += modelData
            }
        }
    }
}
