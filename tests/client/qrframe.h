#pragma once
// Video frames of a QR code as a camera delivers them: a picture placed on a grey scene and stored
// as NV12 (the luma plane, then interleaved chroma at half size), or as 32-bit BGRA.

#include "qrpicture.h"

#include <QPainter>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

namespace chorus::test {

// A 640×480 scene with `picture` (any format; null for no code) drawn at (x, y).
inline QImage cameraScene(const QImage &picture, int x = 180, int y = 90)
{
    QImage scene(640, 480, QImage::Format_ARGB32);
    scene.fill(QColor(150, 140, 120));
    if (!picture.isNull())
        QPainter(&scene).drawImage(x, y, picture);
    return scene;
}

inline QVideoFrame nv12Frame(const QImage &scene)
{
    const QImage grey = scene.convertToFormat(QImage::Format_Grayscale8);
    QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_NV12));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y), size_t(grey.width()));
    std::memset(frame.bits(1), 128, size_t(frame.mappedBytes(1))); // no colour
    frame.unmap();
    return frame;
}

inline QVideoFrame bgraFrame(const QImage &scene)
{
    const QImage argb = scene.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(argb.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < argb.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), argb.constScanLine(y), size_t(argb.width() * 4));
    frame.unmap();
    return frame;
}

} // namespace chorus::test
