import QtQuick
import QtQuick.VirtualKeyboard.Components

// Qt's own shared digits layout, for every language (see main.qml for why it is loaded from here).
KeyboardLayoutLoader {
    source: "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts/fallback/digits.qml"
}
