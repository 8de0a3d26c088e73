#pragma once
// Turns finger strokes into a PNG draft; runs on a worker thread so the UI never waits for the disk.

#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QString>
#include <QVariantList>

namespace chorus::drawing {

// A line's width as a share of the drawing's width: the same lines at every size it is drawn.
inline constexpr qreal kStrokeWidthShare = 0.01;

// Strokes as QML hands them over: lists of {x, y} maps in 0..1 of the drawing area.
[[nodiscard]] QList<QPolygonF> strokesFromVariant(const QVariantList &strokes);
[[nodiscard]] QImage render(const QList<QPolygonF> &strokes, QSize size = {1200, 900});
// Writes the PNG to `path` (a media store temporary name) as an encrypted draft, under a key only
// this process holds (seal::DraftKeys, as voice drafts are): between this and Send adopting it, a
// crash or a pulled battery leaves bytes nobody can read. False when the disk refused it.
[[nodiscard]] bool writeDraft(const QImage &image, const QString &path);

} // namespace chorus::drawing
