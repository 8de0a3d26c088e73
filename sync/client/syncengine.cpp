#include "client/syncengine.h"

#include "client/codewithdrawals.h"
#include "client/devicewipe.h"
#include "client/mediauploader.h"
#include "client/pullrequest.h"
#include "client/pushrequest.h"
#include "client/sealheldcontent.h"
#include "client/sentcontent.h"
#include "model/schema.h"
#include "seal/keyproof.h"

#include <chrono>
#include <future>
#include <map>
#include <random>
#include <stdexcept>
#include <tuple>
#include <utility>

namespace chorus::sync::client {

using protocol::ErrorCode;

namespace {
// Leaves room under the server's 8 MiB inflated limit for the batch wrapper.
constexpr std::size_t kMaxBatchJsonBytes = 7 * 1024 * 1024;

std::string randomId(const char *prefix)
{
    static thread_local std::mt19937_64 rng { std::random_device {}() };
    static const char *hex = "0123456789abcdef";
    std::string id = prefix;
    for (int i = 0; i < 24; ++i)
        id.push_back(hex[rng() & 15]);
    return id;
}

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// Clamps are rare (a clock far ahead), so a queued change is decoded only for one.
std::string kindOf(const QueuedChange &queued)
{
    return changeFromJson(nlohmann::json::parse(queued.body)).kind;
}

// One page of the change log as it arrived: decoded, or the reply that says why not.
struct FetchedPage {
    ApiReply reply;
    std::optional<PullPage> page;
};

FetchedPage fetchPage(Transport &transport, const std::string &token, const std::string &cursor, int limit)
{
    FetchedPage fetched;
    fetched.reply = interpretReply(transport.send(PullRequest::build(token, cursor, limit)));
    if (!fetched.reply.ok())
        return fetched;
    try {
        fetched.page = PullRequest::parse(std::move(fetched.reply.body));
    } catch (const std::invalid_argument &e) {
        fetched.reply = ApiReply { ApiReply::Kind::NoAnswer, fetched.reply.status, {}, {}, e.what() };
    }
    return fetched;
}

// Refusals that sending the same change again can never change. A cut-short body is a BadRequest
// and is NOT one of these: it is the network's fault, and the change must be sent again.
bool refusedForGood(const ApiReply &reply)
{
    return reply.is(ErrorCode::InvalidChange) || reply.is(ErrorCode::Forbidden) || reply.is(ErrorCode::PayloadTooLarge);
}

// What stopped a request, as a code and what its words quote.
std::pair<SyncProblem, std::string> problemOf(const ApiReply &reply)
{
    if (reply.kind == ApiReply::Kind::NoAnswer)
        return { SyncProblem::NoAnswer, reply.message };
    if (!reply.code)
        return { SyncProblem::ServerFailed, std::to_string(reply.status) };
    switch (*reply.code) {
    case ErrorCode::UpdateNeeded:
        return { SyncProblem::UpdateNeeded, {} };
    case ErrorCode::ProtocolTooNew:
        return { SyncProblem::ServerTooOld, {} };
    case ErrorCode::Unauthorized:
        return { SyncProblem::Unauthorized, {} };
    case ErrorCode::DeviceRevoked:
        return { SyncProblem::DeviceRevoked, {} };
    case ErrorCode::EnrolmentInvalid:
        return { SyncProblem::EnrolmentInvalid, {} };
    case ErrorCode::RateLimited:
        return { SyncProblem::RateLimited, {} };
    case ErrorCode::Internal:
        return { SyncProblem::ServerError, {} };
    default:
        return { SyncProblem::Refused, reply.message };
    }
}
} // namespace

const char *statusName(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Done:
        return "done";
    case SyncStatus::Offline:
        return "offline";
    case SyncStatus::Failed:
        return "failed";
    case SyncStatus::RateLimited:
        return "rate_limited";
    case SyncStatus::NotEnrolled:
        return "not_enrolled";
    case SyncStatus::UpdateNeeded:
        return "update_needed";
    case SyncStatus::Revoked:
        return "revoked";
    case SyncStatus::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

const char *problemName(SyncProblem problem)
{
    switch (problem) {
    case SyncProblem::None:
        return "none";
    case SyncProblem::NoAnswer:
        return "no_answer";
    case SyncProblem::ServerFailed:
        return "server_failed";
    case SyncProblem::UpdateNeeded:
        return "update_needed";
    case SyncProblem::ServerTooOld:
        return "server_too_old";
    case SyncProblem::Unauthorized:
        return "unauthorized";
    case SyncProblem::DeviceRevoked:
        return "device_revoked";
    case SyncProblem::EnrolmentInvalid:
        return "enrolment_invalid";
    case SyncProblem::RateLimited:
        return "rate_limited";
    case SyncProblem::ServerError:
        return "server_error";
    case SyncProblem::Refused:
        return "refused";
    case SyncProblem::UnreadableAnswer:
        return "unreadable_answer";
    case SyncProblem::NotEnrolled:
        return "not_enrolled";
    case SyncProblem::NothingSettled:
        return "nothing_settled";
    case SyncProblem::NoSealKey:
        return "no_seal_key";
    case SyncProblem::SealKeyDamaged:
        return "seal_key_damaged";
    case SyncProblem::SealKeyNotOnCode:
        return "seal_key_not_on_code";
    case SyncProblem::SealKeyNotProved:
        return "seal_key_not_proved";
    }
    return "unknown";
}

SyncEngine::SyncEngine(EngineStore store, Transport &transport)
    : m_store(store)
    , m_transport(transport)
{ }

bool SyncEngine::enrolled()
{
    return m_store.state.get(statekey::kToken).has_value();
}

std::int64_t SyncEngine::changesWaiting()
{
    return m_store.outbox.size();
}

std::int64_t SyncEngine::mediaWaiting()
{
    return MediaUploader::waiting(m_store.db);
}

void SyncEngine::report(const char *phase, int done, int total)
{
    if (m_progress)
        m_progress(SyncProgress { phase, done, total });
}

EnrolResult SyncEngine::enrol(const std::string &serverUrl, const std::string &code, const std::string &deviceName)
{
    EnrolResult result;
    const seal::KeyChallenge challenge;
    const ApiReply reply = interpretReply(m_transport.send(EnrolRequest::build(code, deviceName, challenge.publicHex())));
    if (!reply.ok()) {
        std::tie(result.problem, result.detail) = problemOf(reply);
        return result;
    }
    try {
        result.enrolment = EnrolRequest::parse(reply.body);
    } catch (const std::invalid_argument &e) {
        result.problem = SyncProblem::UnreadableAnswer;
        result.detail = e.what();
        return result;
    }
    const Enrolment &e = result.enrolment;
    if (auto why = checkSealKey(e, challenge, EnrolRequest::expectedKeyId(code)); why.problem != SyncProblem::None) {
        result.problem = why.problem;
        result.detail = why.detail;
        return result;
    }
    int sealedNow = 0;
    m_store.db.transaction([&] {
        if (!e.sealPublicKey.empty())
            m_store.state.set(statekey::kSealPublicKey, e.sealPublicKey);
        if (seal::DeviceSealer::sealsFor(e.role) && !e.sealPublicKey.empty()) {
            seal::FieldSealer sealer(*seal::publicKeyFromHex(e.sealPublicKey));
            sealedNow = SealHeldContent::sealAll(m_store, sealer);
        }
        m_store.state.set(statekey::kServerUrl, serverUrl);
        m_store.state.set(statekey::kServerDeviceId, e.deviceId);
        m_store.state.set(statekey::kRole, e.role);
        m_store.state.set(statekey::kOrganisation, e.organisationId);
        m_store.state.set(statekey::kSite, e.siteId);
        m_store.state.set(statekey::kSiteName, e.siteName);
    });
    // The token last, and outside the transaction (it may live in a file of its own): until it is
    // there the device is not enrolled, so a crash here can never leave a device that syncs
    // without its key and role.
    m_store.state.set(statekey::kToken, e.token);
    // What was held plainly before enrolment must not linger in free pages or the WAL.
    if (sealedNow > 0)
        m_store.db.forgetDeletedContent();
    result.ok = true;
    return result;
}

EnrolResult SyncEngine::checkSealKey(
    const Enrolment &e, const seal::KeyChallenge &challenge, const std::string &expectedKeyId)
{
    EnrolResult why;
    const bool seals = seal::DeviceSealer::sealsFor(e.role);
    const auto key = e.sealPublicKey.empty() ? std::nullopt : seal::publicKeyFromHex(e.sealPublicKey);
    if (e.sealPublicKey.empty())
        why.problem = seals ? SyncProblem::NoSealKey : SyncProblem::None;
    else if (!key || e.sealKeyId != seal::keyIdOf(*key))
        why.problem = SyncProblem::SealKeyDamaged;
    else if (!expectedKeyId.empty() && expectedKeyId != e.sealKeyId)
        why = { false, SyncProblem::SealKeyNotOnCode, e.sealKeyId + " " + expectedKeyId, {} };
    else if (!challenge.accepts(*key, e.sealProof))
        why = { false, SyncProblem::SealKeyNotProved, e.sealKeyId, {} };
    return why;
}

SyncResult SyncEngine::stopWith(const ApiReply &reply, const SyncResult &sofar)
{
    SyncResult r = sofar;
    std::tie(r.problem, r.detail) = problemOf(reply);
    if (reply.kind == ApiReply::Kind::NoAnswer) {
        r.status = SyncStatus::Offline;
    } else if (reply.is(ErrorCode::DeviceRevoked)) {
        DeviceWipe::wipe(m_store);
        r.status = SyncStatus::Revoked;
        r.contentChanged = r.contributionsChanged = true;
    } else if (reply.is(ErrorCode::Unauthorized)) {
        m_store.db.transaction([&] { m_store.state.remove(statekey::kToken); });
        r.status = SyncStatus::NotEnrolled;
    } else if (reply.is(ErrorCode::UpdateNeeded)) {
        r.status = SyncStatus::UpdateNeeded;
    } else if (reply.is(ErrorCode::RateLimited)) {
        r.status = SyncStatus::RateLimited;
        r.retryAfterSeconds = reply.retryAfterSeconds > 0 ? reply.retryAfterSeconds : 1;
    } else {
        r.status = SyncStatus::Failed;
    }
    return r;
}

SyncResult SyncEngine::sync()
{
    SyncResult result;
    const auto token = m_store.state.get(statekey::kToken);
    if (!token) {
        result.status = SyncStatus::NotEnrolled;
        result.problem = SyncProblem::NotEnrolled;
        return result;
    }
    if (auto stop = push(*token, result))
        return *stop;
    int sent = 0;
    MediaUploader media(m_store, m_transport, *token);
    if (auto stop = media.uploadAll(
            sent, [&](int done, int total) { report("media", done, total); }, m_cancel)) {
        result.mediaSent = sent;
        return stopWith(*stop, result);
    }
    result.mediaSent = sent;
    // Before the pull, so a coordinator device receives the withdrawal its staff just asked for.
    if (auto stop = CodeWithdrawals::sendAll(m_store, m_transport, *token, nowMs()))
        return stopWith(*stop, result);
    if (auto stop = pull(*token, result))
        return *stop;
    if (cancelled()) {
        result.status = SyncStatus::Cancelled;
        return result;
    }
    m_store.db.transaction([&] { m_store.state.set(statekey::kLastSuccess, std::to_string(nowMs())); });
    return result;
}

std::optional<SyncResult> SyncEngine::push(const std::string &token, SyncResult &result)
{
    const auto total = static_cast<int>(m_store.outbox.size());
    // Shrinks while the server refuses a batch for good, to find the change it refuses.
    std::size_t limit = m_batchSize;
    for (;;) {
        if (cancelled()) {
            result.status = SyncStatus::Cancelled;
            return result;
        }
        const auto changes = m_store.outbox.peekText(limit, kMaxBatchJsonBytes);
        if (changes.empty()) {
            // Also after a crash between an acknowledgement and this: the next run finishes it.
            SentContent::forgetAcknowledged(m_store);
            return std::nullopt;
        }
        std::vector<std::string_view> bodies;
        std::map<std::string, const QueuedChange *> byId;
        for (const auto &c : changes) {
            bodies.push_back(c.body);
            byId[c.changeId] = &c;
        }
        const std::string batchId = randomId("b-");

        const ApiReply reply = interpretReply(m_transport.send(PushRequest::build(token, batchId, bodies)));
        if (!reply.ok() && refusedForGood(reply)) {
            // The batch was refused whole. The server names the failing change's index when it can;
            // otherwise halve until one change is left. That change is set aside, not dropped.
            const auto index = reply.body.value("index", -1);
            if (index > 0 && static_cast<std::size_t>(index) < changes.size())
                limit = static_cast<std::size_t>(index);
            else if (index != 0 && changes.size() > 1)
                limit = changes.size() / 2;
            else {
                const std::string code(protocol::errorCodeName(*reply.code));
                m_store.db.transaction(
                    [&] { m_store.outbox.quarantine(changes.front().changeId, code, reply.message, nowMs()); });
                ++result.quarantined;
                limit = m_batchSize;
            }
            continue;
        }
        if (!reply.ok())
            return stopWith(reply, result);
        limit = m_batchSize;
        PushAnswer answer;
        try {
            answer = PushRequest::parse(reply.body);
        } catch (const std::invalid_argument &e) {
            return stopWith(ApiReply { ApiReply::Kind::NoAnswer, reply.status, {}, {}, e.what() }, result);
        }
        std::vector<std::string> settled = answer.accepted;
        for (const auto &r : answer.refused)
            settled.push_back(r.changeId);
        if (settled.empty()) {
            result.status = SyncStatus::Failed;
            result.problem = SyncProblem::NothingSettled;
            return result;
        }
        // Acknowledging, purging refused records and adopting clamped versions and stamped values land
        // together, so a crash here either resends the batch (harmless: the server knows its change ids)
        // or not at all.
        m_store.db.transaction([&] {
            m_store.outbox.acknowledge(settled);
            for (const auto &r : answer.refused)
                if (r.code == "withdrawn")
                    m_store.outbox.dropRecord(r.recordId);
            for (const auto &c : answer.clamped)
                if (auto it = byId.find(c.changeId); it != byId.end())
                    m_store.records.adoptVersion(kindOf(*it->second), it->second->recordId, c.field, c.from, c.to);
            // Only contributions are stamped.
            for (const auto &st : answer.stamped)
                if (auto it = byId.find(st.changeId); it != byId.end())
                    m_store.records.adoptValue(std::string(kinds::Contribution), it->second->recordId, st.field, st.value);
        });
        result.pushed += static_cast<int>(settled.size());
        report("push", result.pushed, total);
    }
}

std::optional<SyncResult> SyncEngine::pull(const std::string &token, SyncResult &result)
{
    if (cancelled()) {
        result.status = SyncStatus::Cancelled;
        return result;
    }
    std::string cursor = m_store.state.get(statekey::kCursor).value_or("0");
    // The next page is fetched and decoded on another thread while this one is applied: its cursor
    // is known as soon as this page has arrived, and the two halves cost about the same. The
    // transport is only ever used by one thread at a time.
    auto fetch = [this, &token](std::string from) {
        return std::async(std::launch::async, fetchPage, std::ref(m_transport), token, std::move(from), m_pullLimit);
    };
    std::future<FetchedPage> next = fetch(cursor);
    for (;;) {
        FetchedPage fetched = next.get();
        if (!fetched.page)
            return stopWith(fetched.reply, result);
        const PullPage &page = *fetched.page;
        const bool more = page.more && page.cursor != cursor;
        if (more && !cancelled())
            next = fetch(page.cursor);
        std::vector<std::string> purged;
        bool withdrew = false;
        // The page and its cursor commit together: a crash leaves both or neither, never a cursor
        // past changes that were not applied.
        m_store.db.transaction([&] {
            for (const auto &change : page.changes) {
                ApplyResult applied = m_store.records.apply(change);
                if (applied.withdrawn) {
                    m_store.outbox.dropRecord(change.recordId);
                    withdrew = true;
                }
                // A redaction's old words and media must not linger in free pages or the WAL either.
                withdrew = withdrew || applied.redacted;
                purged.insert(purged.end(), applied.purgedMedia.begin(), applied.purgedMedia.end());
                const bool tookEffect = !applied.effective.fields.empty() || applied.withdrawn;
                if (tookEffect && change.kind == kinds::Contribution)
                    result.contributionsChanged = true;
                else if (tookEffect)
                    result.contentChanged = true;
            }
            m_store.state.set(statekey::kCursor, page.cursor);
            if (!page.sealPublicKey.empty() && m_store.state.get(statekey::kSealPublicKey) != page.sealPublicKey)
                m_store.state.set(statekey::kSealPublicKey, page.sealPublicKey);
            if (page.sites) {
                const std::string sites = protocol::siteListJson(*page.sites).dump();
                if (m_store.state.get(statekey::kSites) != sites) {
                    m_store.state.set(statekey::kSites, sites);
                    result.contentChanged = true;
                }
            }
        });
        DeviceWipe::removeMedia(m_store, purged);
        if (withdrew)
            m_store.db.forgetDeletedContent();
        result.pulled += static_cast<int>(page.changes.size());
        report("pull", result.pulled, 0);
        if (!more)
            return std::nullopt;
        if (cancelled()) {
            result.status = SyncStatus::Cancelled;
            return result;
        }
        cursor = page.cursor;
    }
}

} // namespace chorus::sync::client
