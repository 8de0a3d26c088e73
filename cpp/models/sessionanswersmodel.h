#pragma once
// This outreach session's answers as a list model for the worker's home, newest first, one role
// ("answer") holding each answer's map (SessionAnswers): number, time, format, assisted, and
// whether the person let the worker open it. Never any of the answer's words.

#include "models/maprowsmodel.h"

namespace chorus {

class SessionAnswersModel final : public MapRowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SessionAnswersModel belongs to the outreach session's answers")

public:
    explicit SessionAnswersModel(QObject *parent)
        : MapRowsModel("answer", QStringLiteral("answerId"), parent)
    { }
};

} // namespace chorus
