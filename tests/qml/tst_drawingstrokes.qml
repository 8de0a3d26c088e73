import QtQuick
import QtTest
import Chorus

// The pad and the preview draw lines as wide, for their size, as the PNG that is sent
// (DrawingStyle.strokeWidthShare, the renderer's own figure).
TestCase {
    id: tc
    name: "DrawingStrokes"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    Component {
        id: previewMaker
        DrawingPreview {
            width: 800
            height: 400
            strokes: [[{ x: 0.1, y: 0.5 }, { x: 0.9, y: 0.5 }]]
        }
    }
    Component {
        id: padMaker
        DrawingPad {
            width: 1208 // its canvas, inside 4-pixel margins, is 1200 wide
            height: 600
            // As the Draw screen gives it: the pad shows the strokes it is given.
            strokes: Session.strokes
        }
    }

    // Dark pixels down the middle column of what `item` shows, inside its frame.
    function thickness(item) {
        const image = grabImage(item)
        const x = Math.round(item.width / 2)
        let dark = 0
        for (let y = 10; y < item.height - 10; ++y) {
            const c = image.pixel(x, y)
            if ((c.r + c.g + c.b) / 3 < 0.5)
                ++dark
        }
        return dark
    }

    function test_previewLinesAreTheSharedWidth() {
        const preview = createTemporaryObject(previewMaker, tc)
        preview.requestPaint()
        wait(100)
        const expected = DrawingStyle.strokeWidthShare * preview.width
        const seen = thickness(preview)
        verify(Math.abs(seen - expected) <= 1, seen + " dark pixels, " + expected + " expected")
    }

    function test_padLinesAreTheSharedWidth() {
        const pad = createTemporaryObject(padMaker, tc)
        Session.clearDrawing()
        Session.addStroke([{ x: 0.1, y: 0.5 }, { x: 0.9, y: 0.5 }])
        wait(100)
        const expected = DrawingStyle.strokeWidthShare * (pad.width - 8)
        const seen = thickness(pad)
        Session.clearDrawing()
        verify(Math.abs(seen - expected) <= 1, seen + " dark pixels, " + expected + " expected")
    }
}
