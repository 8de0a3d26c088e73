#pragma once
// A facilitated group session and its dot votes (co-production): a question, ideas gathered in turn
// (contributions naming the session), then each participant's dots on the ideas.

#include <QDateTime>
#include <QString>

namespace chorus {

struct GroupSession {
    QString id;
    QString question;
    QString siteId;
    QString deviceId;
    QString language = QStringLiteral("en");
    QDateTime startedAt;
    QDateTime endedAt;
    int dots = 3; // each participant's dots
    bool hideVotes = false; // totals hidden until everyone has voted
    int participants = 0; // how many have voted
    QString nextStep; // the facilitator's "what happens next"
};

// One participant's dots on one idea: a record of its own, so counts merge by adding.
struct GroupVote {
    QString id;
    QString sessionId;
    QString ideaId;
    int participant = 0;
    int dots = 0;
    QDateTime castAt;
    QString deviceId;
};

} // namespace chorus
