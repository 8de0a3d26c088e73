#pragma once
// A "you said, we did": what people said, what changed and when, shown on the Welcome screen.

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace chorus {

struct Outcome {
    QString id;
    QHash<QString, QString> said; // language code -> easy-read text
    QHash<QString, QString> did;
    QDateTime happenedAt;
    QStringList promptIds;
    QStringList themes;
    QStringList sites;
    bool published = false;
    // The accountability board: "heard", "planned", "doing", "done", "not_possible", or empty.
    QString status;
    QHash<QString, QString> statusReason; // why it is not possible, per language
    QHash<QString, QDateTime> statusDates; // when each status was reached
    QStringList ideaIds;
};

} // namespace chorus
