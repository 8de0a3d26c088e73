import QtQuick
import Chorus

// An SVG symbol from assets/ on a light tile, so it reads the same in every theme. Always
// shown beside words, so it is decorative to assistive technology.
Rectangle {
    id: root
    property string name
    property int size: Theme.iconSize
    width: size
    height: size
    radius: size / 6
    color: "#FFFFFF"
    Accessible.ignored: true

    Image {
        anchors.fill: parent
        anchors.margins: root.size / 12
        sourceSize.width: root.size * 2
        sourceSize.height: root.size * 2
        fillMode: Image.PreserveAspectFit
        source: root.name === "" ? "" : "qrc:/chorus/assets/symbols/" + root.name + ".svg"
        onStatusChanged: if (status === Image.Error) source = "qrc:/chorus/assets/symbols/question.svg"
        Accessible.ignored: true
    }
}
