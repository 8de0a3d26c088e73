#pragma once
// Two edits of one field of a question or outcome made at once (two coordinator devices offline, or a
// device and the dashboard): the one every replica kept and the one that lost, side by side for a
// coordinator to settle. The server judged it; this device holds what it judged (sync::ConflictRole).

#include <QJsonValue>
#include <QString>

namespace chorus {

struct Conflict {
    qint64 id = 0; // this device's row; not shared with other replicas
    QString kind;  // "prompt" or "outcome"
    QString recordId;
    QString field;
    QString recordTitle; // the record's English text, to say which one this is
    QJsonValue keptValue;
    QJsonValue otherValue;
};

} // namespace chorus
