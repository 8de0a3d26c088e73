#include "controllers/sessionanswers.h"

#include "controllers/localwithdrawal.h"
#include "storage/contributionrepository.h"
#include "storage/recordmapping.h"
#include "storage/storageerror.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

#include <sodium.h>

namespace chorus {

SessionAnswers::SessionAnswers(DeviceStore &store, QString mediaDir, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_mediaDir(std::move(mediaDir))
    , m_model(this)
{ }

void SessionAnswers::setWorkerMayOpen(bool on)
{
    if (on == m_workerMayOpen)
        return;
    m_workerMayOpen = on;
    Q_EMIT changed();
}

void SessionAnswers::setSession(const QString &sessionId)
{
    if (sessionId == m_sessionId && (sessionId.isEmpty() || m_vault.isOpen()))
        return;
    m_sessionId = sessionId;
    m_rows.clear();
    m_taken = 0;
    m_workerMayOpen = false;
    if (sessionId.isEmpty())
        m_vault.forget();
    else
        (void)m_vault.start();
    publish();
}

void SessionAnswers::answerBegun()
{
    setWorkerMayOpen(false);
}

void SessionAnswers::noteSaved(const Contribution &stored)
{
    if (m_sessionId.isEmpty() || stored.outreachSessionId != m_sessionId || !m_vault.isOpen())
        return;
    const bool mayOpen = m_workerMayOpen;
    m_workerMayOpen = false;
    // Only what the person allowed is kept, and only under the session's key.
    if (mayOpen)
        keepCopy(stored);
    m_rows.append(
        { stored.id, ++m_taken, stored.createdAt, formatName(stored.format), !stored.assistedBy.isEmpty(), mayOpen });
    publish();
}

void SessionAnswers::keepCopy(const Contribution &c)
{
    nlohmann::json copy = mapping::toFields(c);
    copy["id"] = c.id.toStdString();
    std::string plain = copy.dump();
    (void)m_vault.put(c.id.toStdString(), plain);
    sodium_memzero(plain.data(), plain.size());
}

QVariantMap SessionAnswers::rowMap(const Row &r)
{
    return { { QStringLiteral("answerId"), r.id }, { QStringLiteral("number"), r.number },
        { QStringLiteral("time"), QLocale().toString(r.at.toLocalTime().time(), QStringLiteral("HH:mm")) },
        { QStringLiteral("format"), r.format }, { QStringLiteral("assisted"), r.assisted },
        { QStringLiteral("mayOpen"), r.mayOpen } };
}

const SessionAnswers::Row *SessionAnswers::row(const QString &id) const
{
    for (const Row &r : m_rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

std::optional<Contribution> SessionAnswers::held(const QString &id) const
{
    const Row *r = row(id);
    if (!r || !r->mayOpen)
        return std::nullopt;
    auto plain = m_vault.get(id.toStdString());
    if (!plain)
        return std::nullopt;
    const auto copy = nlohmann::json::parse(*plain, nullptr, false);
    sodium_memzero(plain->data(), plain->size());
    if (!copy.is_object())
        return std::nullopt;
    return mapping::contributionFromRecord(copy);
}

QVariantMap SessionAnswers::answer(const QString &id) const
{
    const Row *r = row(id);
    if (!r)
        return {};
    QVariantMap out = rowMap(*r);
    const auto c = held(id);
    out.insert(QStringLiteral("mayOpen"), c.has_value());
    out.insert(QStringLiteral("mayCorrect"), c && correctable(c->format));
    if (!c)
        return out;
    QVariantList symbols;
    for (const SortedSymbol &s : c->symbols)
        symbols << QVariantMap { { QStringLiteral("symbol"), s.symbol }, { QStringLiteral("pile"), pileName(s.pile) } };
    out.insert(QStringLiteral("text"), c->text);
    out.insert(QStringLiteral("rating"), c->rating.value_or(0));
    out.insert(QStringLiteral("symbols"), symbols);
    out.insert(QStringLiteral("contactName"), c->contactName);
    out.insert(QStringLiteral("contactDetail"), c->contactDetail);
    return out;
}

bool SessionAnswers::correctable(AnswerFormat format)
{
    // A voice note or drawing is sealed as it is saved and cannot be heard or seen here, so nobody
    // could check a change to it: it is withdrawn and taken again instead.
    return format == AnswerFormat::Write || format == AnswerFormat::Faces || format == AnswerFormat::Pictures;
}

QString SessionAnswers::cannotCorrect()
{
    return tr("This answer cannot be corrected on this tablet.");
}

QString SessionAnswers::correct(const QString &id, const QString &text)
{
    auto c = held(id);
    if (!c || c->format != AnswerFormat::Write)
        return cannotCorrect();
    c->text = text;
    return saveCorrection(*c, "text");
}

QString SessionAnswers::correctRating(const QString &id, int rating)
{
    auto c = held(id);
    if (!c || c->format != AnswerFormat::Faces)
        return cannotCorrect();
    c->rating = rating;
    return saveCorrection(*c, "rating");
}

QString SessionAnswers::correctPiles(const QString &id, const QVariantList &symbols)
{
    auto c = held(id);
    if (!c || c->format != AnswerFormat::Pictures)
        return cannotCorrect();
    // The same cards, moved between piles: a card the person never sorted is not the worker's to add.
    QList<SortedSymbol> moved = c->symbols;
    if (symbols.size() != moved.size())
        return tr("A correction moves the person's own cards between the piles.");
    QSet<QString> named;
    for (const QVariant &v : symbols) {
        const QVariantMap s = v.toMap();
        const QString symbol = s.value(QStringLiteral("symbol")).toString();
        const auto pile = pileFromName(s.value(QStringLiteral("pile")).toString());
        const auto card = std::find_if(
            moved.begin(), moved.end(), [&](const SortedSymbol &m) { return m.symbol == symbol; });
        if (!pile || card == moved.end() || named.contains(symbol))
            return tr("A correction moves the person's own cards between the piles.");
        named.insert(symbol);
        card->pile = *pile;
    }
    c->symbols = moved;
    return saveCorrection(*c, "symbols");
}

QString SessionAnswers::saveCorrection(const Contribution &corrected, const char *field)
{
    if (const QString error = validationError(corrected); !error.isEmpty())
        return error;
    // The field as the store writes it when the answer is saved: one mapping for both.
    const nlohmann::json fields = mapping::toFields(corrected);
    try {
        ContributionRepository(m_store).edit(corrected.id, { { field, fields.at(field) } });
    } catch (const StorageError &e) {
        return e.userMessage();
    }
    keepCopy(corrected);
    publish();
    Q_EMIT storeChanged();
    return {};
}

bool SessionAnswers::withdraw(const QString &id)
{
    if (!row(id))
        return false;
    try {
        if (!withdrawOnThisDevice(m_store, m_mediaDir, id))
            return false;
    } catch (const StorageError &) {
        return false;
    }
    m_vault.remove(id.toStdString());
    m_rows.removeIf([&](const Row &r) { return r.id == id; });
    publish();
    Q_EMIT storeChanged();
    return true;
}

void SessionAnswers::publish()
{
    QVariantList rows;
    for (auto r = m_rows.crbegin(); r != m_rows.crend(); ++r)
        rows << rowMap(*r);
    m_model.update(rows);
    Q_EMIT changed();
}

} // namespace chorus
