#pragma once
// A group session's ideas as a list model, one role ("idea") holding each idea's map
// (GroupSessionController::ideas()). A dot placed or taken changes rows in place.

#include "models/maprowsmodel.h"

namespace chorus {

class GroupIdeasModel final : public MapRowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GroupIdeasModel belongs to the group session")

public:
    // No default: QML must not make one of its own.
    explicit GroupIdeasModel(QObject *parent)
        : MapRowsModel("idea", QStringLiteral("ideaId"), parent)
    { }
};

} // namespace chorus
