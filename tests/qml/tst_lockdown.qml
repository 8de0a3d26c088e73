import QtQuick
import QtTest
import Chorus

// A kiosk cannot be closed by the people using it: Alt+F4 or the compositor's close request is
// ignored outside staff mode, and honoured on the staff screens.
TestCase {
    name: "Lockdown"

    function openKiosk(lockedDown) {
        const component = Qt.createComponent("qrc:/qt/qml/Chorus/Main.qml")
        verify(component.status === Component.Ready, component.errorString())
        const window = component.createObject(null, { lockedDown: lockedDown })
        verify(window)
        tryCompare(window, "visible", true)
        return window
    }

    function test_close_is_ignored_outside_staff_mode() {
        const window = openKiosk(true)
        const shell = findChild(window.contentItem, "appShell")
        for (const screen of ["welcome", "question"]) {
            shell.show(screen)
            window.close()
            wait(50)
            verify(window.visible, "a close request ended the kiosk on " + screen)
        }
        shell.show("staff")
        window.close()
        tryCompare(window, "visible", false)
        window.destroy()
    }

    function test_a_desktop_window_closes_as_usual() {
        const window = openKiosk(false)
        window.close()
        tryCompare(window, "visible", false)
        window.destroy()
    }
}
