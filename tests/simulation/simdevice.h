#pragma once
// One simulated device: its own SQLite store on disk, a clock that may be skewed, and the real
// device sync engine talking to the real server through a fault-injecting transport.

#include "client/curltransport.h"
#include "client/syncengine.h"
#include "faultytransport.h"
#include "protocol/protocol.h"
#include "seal/devicesealer.h"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <random>
#include <string>

namespace chorus::sim {

class SimDevice {
public:
    SimDevice(std::string name, std::string dir, sync::protocol::Role role, std::string orgId, std::int64_t skewMs,
              const std::int64_t &simNow, std::mt19937_64 &rng, const std::string &serverUrl);
    ~SimDevice();

    // Closes the store and the engine and opens them again, as a restart after SIGKILL does.
    void restart();
    [[nodiscard]] bool enrol(const std::string &code);
    // One sync run through the faulty transport; a simulated kill restarts the device.
    sync::client::SyncResult sync(const FaultRates &rates);
    // Writes fields as this device's own edit and queues them, as the repositories do.
    void write(const std::string &kind, const std::string &id, const nlohmann::json &fields);
    void withdraw(const std::string &id);

    [[nodiscard]] const std::string &name() const { return m_name; }
    [[nodiscard]] sync::protocol::Role role() const { return m_role; }
    [[nodiscard]] const std::string &orgId() const { return m_orgId; }
    [[nodiscard]] sqlite::Database &db() { return *m_db; }
    [[nodiscard]] sync::RecordStore &records() { return *m_records; }
    [[nodiscard]] sync::Outbox &outbox() { return *m_outbox; }
    [[nodiscard]] std::string dbPath() const { return m_dir + "/device.db"; }
    // Fails (returns a description) when a field version this device held went backwards.
    [[nodiscard]] std::string checkNeverBackwards();

    [[nodiscard]] int requestCount() const { return m_requests + (m_faulty ? m_faulty->requests : 0); }
    [[nodiscard]] int faultCount() const { return m_faults + (m_faulty ? m_faulty->faults : 0); }

    bool online = true;

private:
    void open();
    [[nodiscard]] std::map<std::string, std::string> fieldVersions();

    std::string m_name;
    std::string m_dir;
    sync::protocol::Role m_role;
    std::string m_orgId;
    std::int64_t m_skewMs;
    const std::int64_t &m_simNow;
    std::mt19937_64 &m_rng;
    std::string m_serverUrl;
    int m_changeCounter = 0;
    int m_requests = 0; // of transports closed by restarts
    int m_faults = 0;

    std::unique_ptr<sqlite::Database> m_db;
    std::unique_ptr<sync::HybridClock> m_clock;
    std::unique_ptr<sync::RecordStore> m_records;
    std::unique_ptr<sync::Outbox> m_outbox;
    std::unique_ptr<sync::SyncState> m_state;
    std::unique_ptr<sync::seal::DeviceSealer> m_sealer;
    std::unique_ptr<sync::client::CurlTransport> m_curl;
    std::unique_ptr<FaultyTransport> m_faulty;
    std::unique_ptr<sync::client::SyncEngine> m_engine;
    std::map<std::string, std::string> m_seenVersions;
};

} // namespace chorus::sim
