#include "simdevice.h"

#include "storage/migrations.h"
#include "store/outbox.h"

#include <filesystem>

namespace chorus::sim {

SimDevice::SimDevice(std::string name, std::string dir, sync::protocol::Role role, std::string orgId,
                     std::int64_t skewMs, const std::int64_t &simNow, std::mt19937_64 &rng,
                     const std::string &serverUrl)
    : m_name(std::move(name))
    , m_dir(std::move(dir))
    , m_role(role)
    , m_orgId(std::move(orgId))
    , m_skewMs(skewMs)
    , m_simNow(simNow)
    , m_rng(rng)
    , m_serverUrl(serverUrl)
{
    std::filesystem::create_directories(m_dir + "/media");
    open();
}

SimDevice::~SimDevice() = default;

void SimDevice::open()
{
    if (m_faulty) {
        m_requests += m_faulty->requests;
        m_faults += m_faulty->faults;
    }
    m_engine.reset();
    m_faulty.reset();
    m_curl.reset();
    m_state.reset();
    m_outbox.reset();
    m_records.reset();
    m_db.reset();
    m_db = sqlite::Database::open(dbPath(), {.durability = sqlite::Durability::Normal});
    // The real device store's schema ladder, so the simulation holds the tables a kiosk holds.
    migrations::migrate(*m_db);
    const std::int64_t skew = m_skewMs;
    const std::int64_t *now = &m_simNow;
    m_clock = std::make_unique<sync::HybridClock>([now, skew] { return *now + skew; });
    m_state = std::make_unique<sync::SyncState>(*m_db);
    if (auto saved = m_state->get("clock"))
        if (auto v = sync::Version::parse(*saved))
            m_clock->restore(v->hlc);
    m_records = std::make_unique<sync::RecordStore>(*m_db, *m_clock, m_name, sync::ConflictRole::Follow);
    // Sealing on, as on a real kiosk or outreach tablet: content is sealed before it is stored.
    m_sealer = std::make_unique<sync::seal::DeviceSealer>(*m_state);
    m_records->setSealerSource([this] { return m_sealer->current(); });
    m_outbox = std::make_unique<sync::Outbox>(*m_db);
    m_curl = std::make_unique<sync::client::CurlTransport>(m_serverUrl);
    m_faulty = std::make_unique<FaultyTransport>(*m_curl, m_rng);
    m_engine = std::make_unique<sync::client::SyncEngine>(
        sync::client::EngineStore{*m_db, *m_records, *m_outbox, *m_state, m_dir + "/media"}, *m_faulty);
}

void SimDevice::restart()
{
    open();
}

bool SimDevice::enrol(const std::string &code)
{
    m_faulty->setRates({});
    return m_engine->enrol(m_serverUrl, code, m_name).ok;
}

sync::client::SyncResult SimDevice::sync(const FaultRates &rates)
{
    m_faulty->setRates(rates);
    try {
        return m_engine->sync();
    } catch (const DeviceKilled &) {
        restart();
        sync::client::SyncResult killed;
        killed.status = sync::client::SyncStatus::Offline;
        killed.detail = "killed";
        return killed;
    }
}

void SimDevice::write(const std::string &kind, const std::string &id, const nlohmann::json &fields)
{
    m_db->transaction([&] {
        const auto change = m_records->writeLocal(kind, id, fields, m_name + "-chg-" + std::to_string(++m_changeCounter));
        m_outbox->append(change);
        m_state->set("clock", sync::Version{m_clock->last(), m_name}.toString());
    });
}

void SimDevice::withdraw(const std::string &id)
{
    m_db->transaction([&] {
        if (m_records->isWithdrawn(id))
            return;
        m_outbox->dropRecord(id);
        const auto change =
            m_records->writeLocal("contribution", id, {{"withdrawn", true}}, m_name + "-chg-" + std::to_string(++m_changeCounter));
        m_outbox->append(change);
        m_state->set("clock", sync::Version{m_clock->last(), m_name}.toString());
    });
    m_db->forgetDeletedContent();
}

std::map<std::string, std::string> SimDevice::fieldVersions()
{
    std::map<std::string, std::string> out;
    for (const auto &kind : sync::Schema::instance().kinds()) {
        auto s = m_db->prepare("SELECT id, versions FROM " + kind.table + " WHERE id NOT IN (SELECT record_id FROM withdrawals)");
        while (s.step()) {
            const auto versions = nlohmann::json::parse(s.text(1), nullptr, false);
            if (!versions.is_object())
                continue;
            for (const auto &[field, v] : versions.items())
                if (v.is_object() && v.contains("v") && v["v"].is_string())
                    out[kind.name + "/" + s.text(0) + "/" + field] = v["v"].get<std::string>();
        }
    }
    return out;
}

std::string SimDevice::checkNeverBackwards()
{
    const auto now = fieldVersions();
    for (const auto &[key, version] : now) {
        auto before = m_seenVersions.find(key);
        if (before == m_seenVersions.end() || !(version < before->second) || key.find("/tags") != std::string::npos)
            continue;
        // The server clamps versions from a clock far ahead, and the writer adopts the clamped one:
        // the only legitimate step back, and only for this device's own writes.
        const std::string own = "." + m_name;
        const auto endsWithOwn = [&](const std::string &v) {
            return v.size() >= own.size() && v.compare(v.size() - own.size(), own.size(), own) == 0;
        };
        if (!(endsWithOwn(version) && endsWithOwn(before->second)))
            return m_name + ": " + key + " went back from " + before->second + " to " + version;
    }
    for (const auto &[key, version] : now)
        m_seenVersions[key] = version;
    return {};
}

} // namespace chorus::sim
