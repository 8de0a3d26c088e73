#pragma once
// What one person said, in the format they chose, with their consent choices. A value type: the
// kiosk fills one in memory and hands it to the repository only when the person presses Send.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chorus {

enum class AnswerFormat { Speak, Write, Faces, Pictures, Draw };

// A picture card sorted into one of three piles, Talking-Mats style.
struct SortedSymbol {
    enum class Pile { Good, Unsure, Bad };
    QString symbol;
    Pile pile = Pile::Unsure;
    bool operator==(const SortedSymbol &) const = default;
};

struct Consent {
    // Anonymous use is always granted: it is the minimum a person agrees to by sending.
    bool mayQuote = false;
    bool contactMe = false;
    bool operator==(const Consent &) const = default;
};

enum class ContributionStatus { New, Reviewed, ActedOn };

struct Contribution {
    QString id;        // UUIDv7, assigned by the repository on save
    QString reference; // short code a person can quote to withdraw, assigned on save
    QString promptId;
    QString siteId;
    QString deviceId;
    QDateTime createdAt;
    AnswerFormat format = AnswerFormat::Write;
    QString language = QStringLiteral("en");
    QString text;
    std::optional<int> rating; // 1 (very bad) .. 5 (very good)
    QList<SortedSymbol> symbols;
    QStringList media; // SHA-256 of voice notes and drawings
    Consent consent;
    QString contactName;
    QString contactDetail;
    QStringList tags;
    ContributionStatus status = ContributionStatus::New;
    bool withdrawn = false;
    bool redacted = false;
    // On an outreach tablet: the worker's session it was taken in, and the worker who wrote or
    // recorded it on the person's behalf (empty when the person answered themselves).
    QString outreachSessionId;
    QString assistedBy;
    QString groupSessionId; // set when this is an idea in a group session
};

[[nodiscard]] QString formatName(AnswerFormat format);
[[nodiscard]] std::optional<AnswerFormat> formatFromName(const QString &name);
[[nodiscard]] QString pileName(SortedSymbol::Pile pile);
[[nodiscard]] std::optional<SortedSymbol::Pile> pileFromName(const QString &name);
[[nodiscard]] QString statusName(ContributionStatus status);
[[nodiscard]] std::optional<ContributionStatus> statusFromName(const QString &name);

// Why a draft cannot be sent yet, in words for the person; empty when it can.
[[nodiscard]] QString validationError(const Contribution &draft);

} // namespace chorus
