import QtQuick
import Chorus

// Finger drawing. Each stroke goes to `strokeAdded` (the kiosk's answer goes to the session) as
// points in 0..1, so the saved PNG does not depend on this screen's size. With the keyboard, arrow
// keys draw from a pen that starts in the middle, so drawing needs no pointer.
Rectangle {
    id: root
    objectName: "drawingPad"
    color: "#FFFFFF"
    border.width: activeFocus ? Theme.focusWidth : 3
    border.color: activeFocus ? Theme.focusRing : Theme.border
    radius: Theme.radius

    // The strokes drawn so far, kept by whoever uses the pad (it hands each new one to strokeAdded).
    property var strokes: []
    property var current: []
    signal strokeAdded(var stroke)
    onStrokesChanged: canvas.requestPaint()
    property point pen: Qt.point(0.5, 0.5)
    readonly property real step: 0.05

    activeFocusOnTab: true
    Accessible.role: Accessible.Canvas
    Accessible.name: qsTr("Drawing area. Draw with your finger, or use the arrow keys to draw lines.")
    Accessible.focusable: true

    function nextPoint(dx, dy) {
        const from = pen
        pen = Qt.point(Math.min(1, Math.max(0, pen.x + dx)), Math.min(1, Math.max(0, pen.y + dy)))
        root.strokeAdded([{ "x": from.x, "y": from.y }, { "x": pen.x, "y": pen.y }])
    }
    Keys.onLeftPressed: nextPoint(-step, 0)
    Keys.onRightPressed: nextPoint(step, 0)
    Keys.onUpPressed: nextPoint(0, -step)
    Keys.onDownPressed: nextPoint(0, step)

    Canvas {
        id: canvas
        anchors.fill: parent
        anchors.margins: 4
        Accessible.ignored: true
        onPaint: {
            const ctx = getContext("2d")
            ctx.fillStyle = "#FFFFFF"
            ctx.fillRect(0, 0, width, height)
            ctx.strokeStyle = "#000000"
            ctx.lineWidth = DrawingStyle.strokeWidthShare * width
            ctx.lineCap = "round"
            ctx.lineJoin = "round"
            const strokes = root.strokes.concat(root.current.length ? [root.current] : [])
            for (const stroke of strokes) {
                ctx.beginPath()
                for (let i = 0; i < stroke.length; ++i) {
                    const x = stroke[i].x * width
                    const y = stroke[i].y * height
                    if (i === 0) {
                        ctx.moveTo(x, y)
                        ctx.lineTo(x + 0.1, y + 0.1)
                    } else {
                        ctx.lineTo(x, y)
                    }
                }
                ctx.stroke()
            }
        }
    }

    MouseArea {
        anchors.fill: canvas
        preventStealing: true
        Accessible.ignored: true
        function point(mouse) {
            return { "x": Math.min(1, Math.max(0, mouse.x / width)), "y": Math.min(1, Math.max(0, mouse.y / height)) }
        }
        onPressed: mouse => { root.current = [point(mouse)]; canvas.requestPaint() }
        onPositionChanged: mouse => { root.current = root.current.concat([point(mouse)]); canvas.requestPaint() }
        onReleased: {
            root.strokeAdded(root.current)
            root.current = []
        }
    }
}
