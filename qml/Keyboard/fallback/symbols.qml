import QtQuick
import QtQuick.VirtualKeyboard.Components

// Qt's own shared symbols layout, for every language (see main.qml for why it is loaded from here).
KeyboardLayoutLoader {
    source: "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts/fallback/symbols.qml"
}
