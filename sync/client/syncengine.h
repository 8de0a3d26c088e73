#pragma once
// The device side of sync: enrols, pushes the outbox in batches, uploads media resumably and pulls
// the change log page by page. Every step leaves the store consistent, so a run cut off anywhere is
// finished by the next one with nothing lost and nothing doubled.

#include "client/apireply.h"
#include "client/enginestore.h"
#include "client/enrolrequest.h"
#include "client/syncresult.h"
#include "client/transport.h"

#include <atomic>
#include <functional>
#include <string>

namespace chorus::sync::seal {
class KeyChallenge;
}

namespace chorus::sync::client {

struct EnrolResult {
    bool ok = false;
    SyncProblem problem = SyncProblem::None; // why it failed
    std::string detail; // what the problem's words quote
    Enrolment enrolment;
};

class SyncEngine {
public:
    using ProgressFn = std::function<void(const SyncProgress &)>;

    SyncEngine(EngineStore store, Transport &transport);

    // Enrols with a code (typed, or the QR payload) and remembers the server and token.
    [[nodiscard]] EnrolResult enrol(
        const std::string &serverUrl, const std::string &code, const std::string &deviceName);
    [[nodiscard]] SyncResult sync();

    void setProgress(ProgressFn fn) { m_progress = std::move(fn); }
    // Checked between requests, so closing the app never waits for more than one request.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setPullPageSize(int limit) { m_pullLimit = limit; }
    void setBatchSize(std::size_t changes) { m_batchSize = changes; }

    [[nodiscard]] bool enrolled();
    [[nodiscard]] std::int64_t changesWaiting();
    [[nodiscard]] std::int64_t mediaWaiting();

private:
    // Each returns a result to stop with, or nullopt to carry on.
    [[nodiscard]] std::optional<SyncResult> push(const std::string &token, SyncResult &result);
    [[nodiscard]] std::optional<SyncResult> pull(const std::string &token, SyncResult &result);
    [[nodiscard]] SyncResult stopWith(const ApiReply &reply, const SyncResult &sofar);
    // Why the organisation key an enrolment answer carries must not be used (problem None when it is sound).
    [[nodiscard]] static EnrolResult checkSealKey(
        const Enrolment &e, const seal::KeyChallenge &challenge, const std::string &expectedKeyId);
    void noteServerTime(const ApiReply &reply);
    void report(const char *phase, int done, int total);
    [[nodiscard]] bool cancelled() const { return m_cancel && m_cancel->load(); }

    EngineStore m_store;
    Transport &m_transport;
    ProgressFn m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    int m_pullLimit = 200;
    std::size_t m_batchSize = 200;
};

} // namespace chorus::sync::client
