#include "store/outbox.h"

#include "model/jsontext.h"

namespace chorus::sync {

Outbox::Outbox(sqlite::Database &db)
    : m_db(db)
{
}

void Outbox::append(const Change &change)
{
    auto &s = m_db.cached("INSERT OR IGNORE INTO outbox (change_id, record_id, body) VALUES (?1, ?2, ?3)");
    sqlite::StatementReset reset(s);
    s.bind(1, change.changeId).bind(2, change.recordId).bind(3, jsontext::changeText(change));
    s.run();
}

void Outbox::dropRecord(const std::string &recordId)
{
    for (const char *sql : {"DELETE FROM outbox WHERE record_id = ?1", "DELETE FROM quarantine WHERE record_id = ?1"}) {
        auto &s = m_db.cached(sql);
        sqlite::StatementReset reset(s);
        s.bind(1, recordId);
        s.run();
    }
}

void Outbox::quarantine(const std::string &changeId, const std::string &code, const std::string &reason, std::int64_t atMs)
{
    auto &move = m_db.cached("INSERT OR REPLACE INTO quarantine (change_id, record_id, body, code, reason, at)"
                             " SELECT change_id, record_id, body, ?2, ?3, ?4 FROM outbox WHERE change_id = ?1");
    {
        sqlite::StatementReset reset(move);
        move.bind(1, changeId).bind(2, code).bind(3, reason).bind(4, atMs);
        move.run();
    }
    acknowledge({changeId});
}

std::int64_t Outbox::quarantinedCount()
{
    auto &s = m_db.cached("SELECT count(*) FROM quarantine");
    sqlite::StatementReset reset(s);
    return s.step() ? s.integer(0) : 0;
}

std::vector<Outbox::Quarantined> Outbox::quarantined()
{
    std::vector<Quarantined> out;
    auto &s = m_db.cached("SELECT change_id, record_id, code, reason, at FROM quarantine ORDER BY at, rowid");
    sqlite::StatementReset reset(s);
    while (s.step())
        out.push_back({s.text(0), s.text(1), s.text(2), s.text(3), s.integer(4)});
    return out;
}

int Outbox::requeueQuarantined()
{
    // Back in their original order behind what is queued now; change ids make a resend harmless.
    m_db.exec("INSERT OR IGNORE INTO outbox (change_id, record_id, body)"
              " SELECT change_id, record_id, body FROM quarantine ORDER BY at, rowid");
    m_db.exec("DELETE FROM quarantine");
    return m_db.changes();
}

std::vector<PendingChange> Outbox::peek(std::size_t limit)
{
    std::vector<PendingChange> out;
    auto &s = m_db.cached("SELECT seq, body FROM outbox ORDER BY seq LIMIT ?1");
    sqlite::StatementReset reset(s);
    s.bind(1, static_cast<std::int64_t>(limit));
    while (s.step())
        out.push_back({s.integer(0), changeFromJson(nlohmann::json::parse(s.text(1)))});
    return out;
}

std::vector<QueuedChange> Outbox::peekText(std::size_t limit, std::size_t maxBytes)
{
    std::vector<QueuedChange> out;
    std::size_t bytes = 0;
    auto &s = m_db.cached("SELECT change_id, record_id, body FROM outbox ORDER BY seq LIMIT ?1");
    sqlite::StatementReset reset(s);
    s.bind(1, static_cast<std::int64_t>(limit));
    while (s.step()) {
        QueuedChange c{s.text(0), s.text(1), s.text(2)};
        bytes += c.body.size() + 1;
        if (!out.empty() && bytes > maxBytes)
            break;
        out.push_back(std::move(c));
    }
    return out;
}

void Outbox::acknowledge(const std::vector<std::string> &changeIds)
{
    auto &s = m_db.cached("DELETE FROM outbox WHERE change_id = ?1");
    for (const auto &id : changeIds) {
        sqlite::StatementReset reset(s);
        s.bind(1, id);
        s.run();
    }
}

std::int64_t Outbox::size()
{
    auto &s = m_db.cached("SELECT count(*) FROM outbox");
    sqlite::StatementReset reset(s);
    return s.step() ? s.integer(0) : 0;
}

SyncState::SyncState(sqlite::Database &db, DeviceSecrets *secrets)
    : m_db(db)
    , m_secrets(secrets)
{
}

std::optional<std::string> SyncState::get(const std::string &key)
{
    if (m_secrets && DeviceSecrets::isSecret(key))
        return m_secrets->get(key);
    auto &s = m_db.cached("SELECT value FROM sync_state WHERE key = ?1");
    sqlite::StatementReset reset(s);
    s.bind(1, key);
    if (!s.step())
        return std::nullopt;
    return s.text(0);
}

void SyncState::set(const std::string &key, const std::string &value)
{
    if (m_secrets && DeviceSecrets::isSecret(key))
        return m_secrets->set(key, value);
    auto &s = m_db.cached("INSERT INTO sync_state (key, value) VALUES (?1, ?2)"
                          " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    sqlite::StatementReset reset(s);
    s.bind(1, key).bind(2, value);
    s.run();
}

void SyncState::remove(const std::string &key)
{
    if (m_secrets && DeviceSecrets::isSecret(key))
        return m_secrets->remove(key);
    auto &s = m_db.cached("DELETE FROM sync_state WHERE key = ?1");
    sqlite::StatementReset reset(s);
    s.bind(1, key);
    s.run();
}

} // namespace chorus::sync
