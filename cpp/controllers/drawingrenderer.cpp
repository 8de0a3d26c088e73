#include "controllers/drawingrenderer.h"


#include <QPainter>
#include <QPainterPath>

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
    painter.setPen(QPen(Qt::black, 12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
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

bool writePng(const QImage &image, const QString &path)
{
    return image.save(path, "PNG");
}

} // namespace chorus::drawing
