import QtQuick
import Chorus

// An SVG symbol from assets/ on a light tile, so it reads the same in every theme. Always
// shown beside words, so it is decorative to assistive technology. A prompt's uploaded picture, or
// the drawing a published idea came with ("picture:<sha256>"), shows from the media folder once sync has brought it, a neutral symbol until then,
// and is named for assistive technology because its content is not in the words beside it.
Rectangle {
    id: root
    property string name
    property int size: Theme.iconSize
    // What the picture is, for assistive technology (an idea's card shows the person's drawing).
    property string pictureWords: qsTr("The question's picture")
    property string pictureMissingWords: qsTr("The question's picture has not arrived yet")
    // The prefix first: a plain symbol never needs the picture library (screens and tests without a
    // media folder use symbols only); Pictures still checks the name is a well-formed picture.
    readonly property bool isPicture: name.startsWith("picture:") && Pictures.isPicture(name)
    // Re-read when a sync may have brought pictures (Pictures.revision).
    readonly property url pictureSource: isPicture && Pictures.revision >= 0 ? Pictures.source(name) : ""
    readonly property bool showingPicture: pictureSource.toString() !== ""
    width: size
    height: size
    radius: size / 6
    color: "#FFFFFF"
    Accessible.ignored: !isPicture
    Accessible.role: Accessible.Graphic
    Accessible.name: isPicture ? (showingPicture ? pictureWords : pictureMissingWords) : ""

    Image {
        anchors.fill: parent
        anchors.margins: root.size / 12
        sourceSize.width: root.size * 2
        sourceSize.height: root.size * 2
        fillMode: Image.PreserveAspectFit
        asynchronous: root.showingPicture
        source: root.showingPicture ? root.pictureSource
              : root.isPicture ? "qrc:/chorus/assets/symbols/question.svg"
              : root.name === "" ? "" : "qrc:/chorus/assets/symbols/" + root.name + ".svg"
        onStatusChanged: if (status === Image.Error) source = "qrc:/chorus/assets/symbols/question.svg"
        Accessible.ignored: true
    }
}
