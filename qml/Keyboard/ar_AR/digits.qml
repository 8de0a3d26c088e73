import QtQuick
import QtQuick.VirtualKeyboard.Components

// Qt's own Arabic digits layout (see ../fallback/main.qml for why it is loaded from here).
KeyboardLayoutLoader {
    source: "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts/ar_AR/digits.qml"
}
