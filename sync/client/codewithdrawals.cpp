#include "client/codewithdrawals.h"

#include "client/codewithdrawalrequest.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace chorus::sync::client {

using Json = nlohmann::json;

namespace {
constexpr const char *kPendingKey = "desk_withdrawals_pending";
constexpr const char *kResultsKey = "desk_withdrawals_results";

Json readList(SyncState &state, const char *key)
{
    Json list = Json::parse(state.get(key).value_or("[]"), nullptr, false);
    return list.is_array() ? list : Json::array();
}
} // namespace

void CodeWithdrawals::queue(SyncState &state, const std::string &code)
{
    Json list = readList(state, kPendingKey);
    if (std::find(list.begin(), list.end(), Json(code)) == list.end())
        list.push_back(code);
    state.set(kPendingKey, list.dump());
}

std::vector<std::string> CodeWithdrawals::pending(SyncState &state)
{
    std::vector<std::string> out;
    for (const auto &code : readList(state, kPendingKey))
        if (code.is_string())
            out.push_back(code.get<std::string>());
    return out;
}

std::vector<CodeWithdrawals::Result> CodeWithdrawals::results(SyncState &state)
{
    std::vector<Result> out;
    for (const auto &r : readList(state, kResultsKey))
        if (r.is_object())
            out.push_back({ r.value("code", ""), r.value("outcome", ""), r.value("at", std::int64_t(0)) });
    return out;
}

std::optional<ApiReply> CodeWithdrawals::sendAll(
    EngineStore &store, Transport &transport, const std::string &token, std::int64_t nowMs)
{
    for (const std::string &code : pending(store.state)) {
        const ApiReply reply = interpretReply(transport.send(CodeWithdrawalRequest::build(token, code)));
        std::string outcome;
        if (reply.ok()) {
            try {
                outcome = CodeWithdrawalRequest::parse(reply.body).outcome;
            } catch (const std::invalid_argument &) {
                return reply; // an answer this device cannot read: asked again next time
            }
        } else if (reply.is(protocol::ErrorCode::BadRequest)) {
            outcome = "invalid";
        } else {
            return reply;
        }
        store.db.transaction([&] {
            Json waiting = readList(store.state, kPendingKey);
            waiting.erase(std::remove(waiting.begin(), waiting.end(), Json(code)), waiting.end());
            store.state.set(kPendingKey, waiting.dump());
            Json done = readList(store.state, kResultsKey);
            done.push_back({ { "code", code }, { "outcome", outcome }, { "at", nowMs } });
            while (done.size() > kResultsKept)
                done.erase(done.begin());
            store.state.set(kResultsKey, done.dump());
        });
    }
    return std::nullopt;
}

} // namespace chorus::sync::client
