import QtQuick
import QtTest
import Chorus
import ChorusTest

// A TestCase holding the whole kiosk, with helpers that act the way a person does: by touch
// (taps and drags at the item's place on screen) or by keyboard (Tab until it has focus, then
// Return), the way switch-access devices arrive.
TestCase {
    id: tc
    width: 1280
    height: 800
    when: windowShown
    // TestCase hides itself by default; the kiosk must be on screen to be tapped.
    visible: true

    property alias shell: appShell

    AppShell {
        id: appShell
        anchors.fill: parent
    }

    function init() {
        Inactivity.timeoutMs = 60000
        Inactivity.countdownMs = 15000
        appShell.startAgain()
        wait(50)
    }

    function item(name) {
        const found = findChild(appShell.currentScreen, name)
        verify(found, "no item called " + name + " on " + appShell.screen)
        return found
    }

    // Scrolls the screen so a person could see the item, as they would by swiping.
    function reveal(target) {
        const flick = appShell.currentScreen.flickable
        let p = target.parent
        while (p && p !== flick)
            p = p.parent
        if (!p)
            return
        const pos = target.mapToItem(flick.contentItem, 0, 0)
        if (pos.y < flick.contentY || pos.y + target.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(pos.y - 20, flick.contentHeight - flick.height))
        wait(30)
    }

    function tap(name) {
        const target = item(name)
        reveal(target)
        verify(target.visible, name + " is not visible")
        mouseClick(target)
        wait(30)
    }

    function tabTo(name) {
        const target = item(name)
        for (let i = 0; i < 120 && !target.activeFocus; ++i)
            keyClick(Qt.Key_Tab)
        verify(target.activeFocus, "Tab never reached " + name)
    }

    function pressKey(name, key) {
        tabTo(name)
        keyClick(key === undefined ? Qt.Key_Return : key)
        wait(30)
    }

    function type(text) {
        for (const ch of text)
            keyClick(ch === " " ? Qt.Key_Space : ch)
    }

    function expectScreen(name) {
        tryCompare(appShell, "screen", name, 5000)
        wait(50)
    }

    // Does any text on screen contain `needle`? Walks every item, as a person would read it.
    function showsText(root, needle) {
        if (!root)
            return false
        if (root.text !== undefined && typeof root.text === "string" && root.visible && root.text.indexOf(needle) >= 0)
            return true
        for (let i = 0; i < root.children.length; ++i) {
            if (showsText(root.children[i], needle))
                return true
        }
        return false
    }
}
