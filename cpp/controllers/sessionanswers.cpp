#include "controllers/sessionanswers.h"

#include "controllers/localwithdrawal.h"
#include "storage/contributionrepository.h"
#include "storage/recordmapping.h"
#include "storage/storageerror.h"

#include <QLocale>

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
    out.insert(QStringLiteral("mayCorrect"), c && c->format == AnswerFormat::Write);
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

QString SessionAnswers::correct(const QString &id, const QString &text)
{
    auto c = held(id);
    if (!c || c->format != AnswerFormat::Write)
        return tr("This answer cannot be corrected on this tablet.");
    c->text = text;
    if (const QString error = validationError(*c); !error.isEmpty())
        return error;
    try {
        ContributionRepository(m_store).edit(id, { { "text", text.toStdString() } });
    } catch (const StorageError &e) {
        return e.userMessage();
    }
    keepCopy(*c);
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
