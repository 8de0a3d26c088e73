// libFuzzer target: the device's decoding of server answers. The input is an HTTP status index, an
// optional Retry-After line, then the body; it goes to interpretReply, and a usable answer to the
// push, pull, enrolment and media decoders, whose accepted pull pages are merged into the device's
// store (an in-memory SQLite RecordStore, rolled back after each input) as the engine would.
// Properties: no crash or sanitizer report; the decoders throw nothing but the documented
// std::invalid_argument; a 2xx is usable only as a JSON object; what a decoder accepts is whole.

#include "storage/migrations.h"
#include "client/apireply.h"
#include "client/enrolrequest.h"
#include "client/mediarequest.h"
#include "client/pullrequest.h"
#include "client/pushrequest.h"
#include "protocol/validation.h"
#include "sqlite/database.h"
#include "store/recordstore.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace chorus;
using namespace chorus::sync::client;

namespace {

[[noreturn]] void fail(const char *what, const std::string &detail)
{
    std::fprintf(stderr, "device replies: %s: %s\n", what, detail.c_str());
    std::abort();
}

// Runs one decoder; the documented refusal is std::invalid_argument, anything else is a defect.
void decode(const char *name, const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const std::invalid_argument &) {
    } catch (const std::exception &e) {
        fail(name, std::string("threw ") + e.what());
    }
}

struct Rollback { };

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const int statuses[]
        = { 200, 201, 204, 301, 400, 401, 403, 404, 409, 410, 413, 416, 422, 426, 429, 500, 502, 503 };
    static auto db = [] {
        auto d = sqlite::Database::open(":memory:");
        chorus::migrations::migrate(*d);
        return d;
    }();
    static sync::HybridClock clock { [] { return std::int64_t(1760000000000); } };
    static sync::RecordStore store(*db, clock, "fuzz-device");
    if (size == 0)
        return 0;
    HttpReply reply;
    reply.status = statuses[data[0] % std::size(statuses)];
    std::string rest(reinterpret_cast<const char *>(data) + 1, size - 1);
    if (rest.rfind("R", 0) == 0) {
        const std::size_t end = std::min(rest.find('\n'), rest.size());
        reply.headers["retry-after"] = rest.substr(1, end - 1);
        rest.erase(0, std::min(end + 1, rest.size()));
    }
    reply.body = rest;

    ApiReply api;
    decode("interpretReply", [&] { api = interpretReply(reply); });
    const bool okStatus = reply.status >= 200 && reply.status < 300;
    if ((api.kind == ApiReply::Kind::Ok) != (okStatus && api.body.is_object()))
        fail("interpretReply", "kind does not match the status and body");
    if (api.kind == ApiReply::Kind::Error && api.message.empty())
        fail("interpretReply", "an error without a message");
    if (!api.ok())
        return 0;

    const nlohmann::json &j = api.body;
    decode("PushRequest::parse", [&] {
        const PushAnswer a = PushRequest::parse(j);
        if (a.accepted.size() != j.at("accepted").size() || a.refused.size() != j.at("refused").size())
            fail("PushRequest::parse", "entries lost");
    });
    decode("EnrolRequest::parse", [&] {
        const Enrolment e = EnrolRequest::parse(j);
        if (e.deviceId.empty() || e.token.empty() || !sync::protocol::roleFromName(e.role))
            fail("EnrolRequest::parse", "accepted with a part missing");
    });
    decode("MediaRequest::parse", [&] { (void)MediaRequest::parse(j); });
    decode("PullRequest::parse", [&] {
        const PullPage page = PullRequest::parse(j);
        if (page.changes.size() != j.at("changes").size() || page.cursor.empty())
            fail("PullRequest::parse", "entries lost");
        try {
            db->transaction([&] {
                for (const auto &c : page.changes) {
                    if (!sync::protocol::validateChange(c).empty())
                        fail("PullRequest::parse", "accepted a change that does not validate");
                    (void)store.apply(c);
                }
                throw Rollback {};
            });
        } catch (const Rollback &) { }
    });
    return 0;
}
