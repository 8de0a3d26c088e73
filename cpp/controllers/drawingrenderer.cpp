#include "controllers/drawingrenderer.h"

#include "seal/draftkeys.h"
#include "seal/draftstreamwriter.h"

#include <QBuffer>
#include <QFile>

#include <QPainter>
#include <QPainterPath>

#include <sodium.h>

namespace chorus::drawing {

QList<QPolygonF> strokesFromVariant(const QVariantList &strokes)
{
    QList<QPolygonF> out;
    for (const QVariant &stroke : strokes) {
        QPolygonF line;
        for (const QVariant &point : stroke.toList()) {
            const QVariantMap p = point.toMap();
            line << QPointF(p.value(QStringLiteral("x")).toDouble(), p.value(QStringLiteral("y")).toDouble());
        }
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

QImage render(const QList<QPolygonF> &strokes, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, kStrokeWidthShare * size.width(), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF &stroke : strokes) {
        QPolygonF scaled;
        for (const QPointF &p : stroke)
            scaled << QPointF(p.x() * size.width(), p.y() * size.height());
        if (scaled.size() == 1)
            painter.drawPoint(scaled.first());
        else
            painter.drawPolyline(scaled);
    }
    return image;
}

bool writeDraft(const QImage &image, const QString &path)
{
    // Made in memory and encrypted on its way to the disk: the plain PNG is never written.
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return false;
    const std::string name = QFile::encodeName(path).toStdString();
    sync::seal::DraftStreamWriter writer;
    const bool written = writer.open(name, sync::seal::DraftKeys::create(name))
        && writer.append(reinterpret_cast<const unsigned char *>(png.constData()), std::size_t(png.size()))
        && writer.finish();
    sodium_memzero(png.data(), std::size_t(png.size()));
    if (!written) {
        writer.close();
        sync::seal::DraftKeys::forget(name);
        QFile::remove(path);
    }
    return written;
}

} // namespace chorus::drawing
