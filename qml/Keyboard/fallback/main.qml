import QtQuick
import QtQuick.VirtualKeyboard.Components

// Qt's own shared main layout, which its English (UK) layout is (en_GB/main.fallback says so). Qt
// reads layouts from one folder, and Chorus's folder adds Welsh, so each of Qt's layouts Chorus keeps
// is loaded from its place in Qt; tst_kioskkeyboard checks this folder has every file Qt's has.
KeyboardLayoutLoader {
    source: "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts/fallback/main.qml"
}
