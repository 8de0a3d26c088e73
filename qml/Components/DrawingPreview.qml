import QtQuick
import Chorus

// The person's own drawing, redrawn from their strokes for the Check screen.
Canvas {
    // A group session's idea cards show ideas already sent; the Check screen shows this visit's.
    property var strokes: Session.strokes
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Your drawing")
    onVisibleChanged: requestPaint()
    onStrokesChanged: requestPaint()
    onPaint: {
        const ctx = getContext("2d")
        ctx.fillStyle = "#FFFFFF"
        ctx.fillRect(0, 0, width, height)
        ctx.strokeStyle = "#000000"
        ctx.lineWidth = DrawingStyle.strokeWidthShare * width
        ctx.lineCap = "round"
        ctx.lineJoin = "round"
        for (const stroke of strokes) {
            ctx.beginPath()
            for (let i = 0; i < stroke.length; ++i) {
                if (i === 0)
                    ctx.moveTo(stroke[i].x * width, stroke[i].y * height)
                ctx.lineTo(stroke[i].x * width + (i === 0 ? 0.1 : 0), stroke[i].y * height)
            }
            ctx.stroke()
        }
    }
}
