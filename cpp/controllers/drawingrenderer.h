#pragma once
// Turns finger strokes into a PNG file; runs on a worker thread so the UI never waits for the disk.

#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QString>
#include <QVariantList>

namespace chorus::drawing {

// Strokes as QML hands them over: lists of {x, y} maps in 0..1 of the drawing area.
[[nodiscard]] QList<QPolygonF> strokesFromVariant(const QVariantList &strokes);
[[nodiscard]] QImage render(const QList<QPolygonF> &strokes, QSize size = {1200, 900});
// Writes the PNG to `path` (a media store temporary name); false when the disk refused it.
[[nodiscard]] bool writePng(const QImage &image, const QString &path);

} // namespace chorus::drawing
