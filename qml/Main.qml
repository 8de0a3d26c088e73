import QtQuick
import QtQuick.Window
import Chorus

// The kiosk window: the app shell, plus the on-screen keyboard on kiosks without a keyboard.
Window {
    id: window
    width: 1280
    height: 800
    visible: true
    visibility: DeviceSettings.kiosk ? Window.FullScreen : Window.Windowed
    color: Theme.background
    title: qsTr("Have your say")
    // On a kiosk the usual ways out (Alt+F4, the compositor's close) do nothing outside staff mode;
    // staff leave through "Exit the kiosk".
    property bool lockedDown: DeviceSettings.kiosk

    onClosing: (close) => {
        if (lockedDown && !shell.screen.startsWith("staff"))
            close.accepted = false
    }

    AppShell {
        id: shell
        objectName: "appShell"
        anchors.fill: parent
        anchors.bottomMargin: keyboard.item && keyboard.item.active ? keyboard.item.height : 0
        focus: true
    }

    Loader {
        id: keyboard
        active: DeviceSettings.kiosk
        anchors.fill: parent
        source: "Components/KioskKeyboard.qml"
    }
}
