import QtQuick
import Chorus

// Five faces from Very bad to Very good, each with its word; the chosen one says "Chosen".
Flow {
    id: root
    property int rating: 0
    signal chosen(int rating)

    readonly property var words: [qsTr("Very bad"), qsTr("Bad"), qsTr("Okay"), qsTr("Good"), qsTr("Very good")]

    spacing: Theme.spacing
    layoutDirection: Theme.rightToLeft ? Qt.RightToLeft : Qt.LeftToRight

    Repeater {
        model: 5
        ChoiceCard {
            required property int index
            objectName: "face" + (index + 1)
            width: Math.max(Theme.target, Math.min(260, (root.width - 4 * root.spacing) / 5))
            symbol: "face" + (index + 1)
            text: root.words[index]
            selected: root.rating === index + 1
            accessibleName: qsTr("%1, %2 of 5").arg(root.words[index]).arg(index + 1)
            onClicked: root.chosen(index + 1)
        }
    }
}
