#include "domain/contribution.h"

#include "model/schema.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace chorus {

namespace {
template<typename E, size_t N>
std::optional<E> lookup(const std::array<std::pair<E, const char *>, N> &table, const QString &name)
{
    for (const auto &[value, text] : table)
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
}
template<typename E, size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, text] : table)
        if (v == value)
            return QString::fromLatin1(text);
    return {};
}

constexpr std::array<std::pair<AnswerFormat, const char *>, 5> kFormats{{
    {AnswerFormat::Speak, "speak"},
    {AnswerFormat::Write, "write"},
    {AnswerFormat::Faces, "faces"},
    {AnswerFormat::Pictures, "pictures"},
    {AnswerFormat::Draw, "draw"},
}};
constexpr std::array<std::pair<SortedSymbol::Pile, const char *>, 3> kPiles{{
    {SortedSymbol::Pile::Good, "good"},
    {SortedSymbol::Pile::Unsure, "unsure"},
    {SortedSymbol::Pile::Bad, "bad"},
}};
constexpr std::array<std::pair<ContributionStatus, const char *>, 3> kStatuses{{
    {ContributionStatus::New, "new"},
    {ContributionStatus::Reviewed, "reviewed"},
    {ContributionStatus::ActedOn, "acted_on"},
}};
// Longer than the synced schema allows the contribution's field, counted as the store and the server
// count it (bytes of UTF-8), so a draft that passes here is never refused later.
bool tooLongFor(std::string_view field, const QString &value)
{
    const sync::FieldSpec *spec = sync::Schema::instance().kind(sync::kinds::Contribution)->field(field);
    return static_cast<std::size_t>(value.toUtf8().size()) > spec->maxBytes;
}
} // namespace

QString formatName(AnswerFormat format)
{
    return nameOf(kFormats, format);
}
std::optional<AnswerFormat> formatFromName(const QString &name)
{
    return lookup(kFormats, name);
}
QString pileName(SortedSymbol::Pile pile)
{
    return nameOf(kPiles, pile);
}
std::optional<SortedSymbol::Pile> pileFromName(const QString &name)
{
    return lookup(kPiles, name);
}
QString statusName(ContributionStatus status)
{
    return nameOf(kStatuses, status);
}
std::optional<ContributionStatus> statusFromName(const QString &name)
{
    return lookup(kStatuses, name);
}

QString validationError(const Contribution &draft)
{
    // Marked with their context so lupdate files them where translate() looks them up.
    auto translated = [](const char *text) { return QCoreApplication::translate("Contribution", text); };
    if (draft.promptId.isEmpty())
        return translated(QT_TRANSLATE_NOOP("Contribution", "Please choose a question first."));
    switch (draft.format) {
    case AnswerFormat::Write:
        if (draft.text.trimmed().isEmpty())
            return translated(QT_TRANSLATE_NOOP("Contribution", "Please write your answer first."));
        if (tooLongFor("text", draft.text))
            return translated(QT_TRANSLATE_NOOP("Contribution", "Your answer is too long. Please make it shorter."));
        break;
    case AnswerFormat::Faces:
        if (!draft.rating || *draft.rating < 1 || *draft.rating > 5)
            return translated(QT_TRANSLATE_NOOP("Contribution", "Please choose a face first."));
        break;
    case AnswerFormat::Pictures:
        if (draft.symbols.isEmpty())
            return translated(QT_TRANSLATE_NOOP("Contribution", "Please sort at least one picture first."));
        break;
    case AnswerFormat::Speak:
    case AnswerFormat::Draw:
        if (draft.media.isEmpty())
            return draft.format == AnswerFormat::Speak ? translated(QT_TRANSLATE_NOOP("Contribution", "Please record your voice first."))
                                                       : translated(QT_TRANSLATE_NOOP("Contribution", "Please draw your answer first."));
        break;
    }
    if (draft.consent.contactMe
        && (tooLongFor("contact_name", draft.contactName) || tooLongFor("contact_detail", draft.contactDetail)))
        return translated(QT_TRANSLATE_NOOP("Contribution", "Your contact details are too long."));
    return {};
}

} // namespace chorus
