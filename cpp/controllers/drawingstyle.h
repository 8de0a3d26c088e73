#pragma once
// How lines look wherever a drawing is drawn (the pad, the Check screen's preview, idea cards), taken
// from the PNG renderer's own figure so the person sees the lines that are sent.

#include "controllers/drawingrenderer.h"

#include <QObject>
#include <qqmlregistration.h>

namespace chorus {

class DrawingStyle final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(qreal strokeWidthShare READ strokeWidthShare CONSTANT)

public:
    using QObject::QObject;

    [[nodiscard]] static qreal strokeWidthShare() { return drawing::kStrokeWidthShare; }
};

} // namespace chorus
