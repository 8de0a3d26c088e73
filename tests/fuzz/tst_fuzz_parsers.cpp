// Seeded mutation fuzzing of every decoder on the device side of the protocol: interpretReply,
// the push answer, the pull page, the enrolment answer, and the change JSON with validateChange.
// Properties: nothing crashes; the only exception is the documented std::invalid_argument; and
// whatever a parser accepts is well formed (round-trips, validates). The seed is printed; set
// CHORUS_FUZZ_SEED to replay it and CHORUS_FUZZ_ITERATIONS to run longer.

#include "../sync/check.h"
#include "fuzzcommon.h"

#include "client/apireply.h"
#include "client/enrolrequest.h"
#include "client/pullrequest.h"
#include "client/pushrequest.h"
#include "model/change.h"
#include "protocol/protocol.h"
#include "protocol/validation.h"

#include <chrono>
#include <cstdio>
#include <functional>
#include <map>

using namespace chorus::sync;
using namespace chorus::sync::client;
using chorus::test::fuzz::Json;
using chorus::test::fuzz::Mutator;

namespace {

const std::string kSha = std::string(64, 'a');

Json sampleChange(const std::string &id)
{
    const std::string v = "00000199a0b1c2d3.00000000.dev-1";
    const std::string later = "00000199a0b1c2d4.00000001.dev-2";
    return { { "id", id }, { "kind", "contribution" }, { "record", "rec-" + id },
        { "fields",
            { { "text", { { "value", "a few words, ünïcødé ✓" }, { "version", v } } },
                { "format", { { "value", "write" }, { "version", v } } },
                { "created_at", { { "value", 1760000000000LL }, { "version", v } } },
                { "rating", { { "value", 4 }, { "version", later }, { "base", v } } },
                { "language", { { "value", "en-GB" }, { "version", v } } },
                { "symbols",
                    { { "value", Json::array({ { { "symbol", "bus" }, { "pile", "good" } } }) }, { "version", v } } },
                { "media", { { "value", Json::array({ kSha }) }, { "version", v } } },
                { "consent", { { "value", { { "anonymous", true }, { "quote", false } } }, { "version", v } } },
                { "tags", { { "value", { { "add", { "housing" } } } }, { "version", v } } },
                { "withdrawn", { { "value", true }, { "version", later } } } } } };
}

// Valid bodies of every kind the device decodes: the starting points of the mutations.
std::map<std::string, std::string> samples()
{
    return {
        { "change", sampleChange("c1").dump() },
        { "push",
            Json { { "batch", "b-1" }, { "accepted", { "c1", "c2" } },
                { "refused", { { { "id", "c3" }, { "record", "r3" }, { "code", "withdrawn" } } } },
                { "clamped",
                    { { { "id", "c1" }, { "field", "text" }, { "from", "ffffffffffff.00000000.d" },
                        { "to", "00000199a0b1c2d3.00000000.d" } } } },
                { "server_time", 1760000000000LL } }
                .dump() },
        { "pull",
            Json { { "changes", { sampleChange("c1"), sampleChange("c2") } }, { "cursor", "42" }, { "more", true },
                { "server_time", 1760000000000LL } }
                .dump() },
        { "enrol",
            Json { { "device_id", "dev-1" }, { "token", std::string(64, 'f') }, { "role", "kiosk" },
                { "organisation", { { "id", "org-1" }, { "name", "Org" } } },
                { "site", { { "id", "site-1" }, { "name", "Drop-in" } } }, { "server_time", 1 } }
                .dump() },
        { "error",
            Json { { "error", { { "code", "device_revoked" }, { "message", "gone" } } }, { "wipe", true },
                { "server_time", 1760000000000LL } }
                .dump() },
    };
}

struct Stats {
    long runs = 0;
    long accepted = 0;
};

std::string preview(const std::string &s)
{
    std::string out;
    for (char c : s.substr(0, 300))
        out += (c >= 0x20 && c < 0x7f) ? c : '?';
    return out + (s.size() > 300 ? "..." : "");
}

// Runs one decoder; counts an acceptance, or a failure when it throws anything undocumented or
// when `accepted` finds the result malformed.
void exercise(
    Stats &stats, const char *name, const std::string &input, long iteration, const std::function<bool()> &decode)
{
    ++stats.runs;
    std::string problem;
    try {
        if (decode())
            ++stats.accepted;
    } catch (const std::invalid_argument &) {
        // The documented refusal.
    } catch (const std::exception &e) {
        problem = std::string("threw ") + typeid(e).name() + ": " + e.what();
    } catch (...) {
        problem = "threw something that is not a std::exception";
    }
    if (!problem.empty()) {
        ++chorus::test::tally().failed;
        std::fprintf(stderr, "FAIL %s iteration %ld: %s\n  input: %s\n", name, iteration, problem.c_str(),
            preview(input).c_str());
    }
}

// An accepted change round-trips through its JSON and passes validation exactly as decoded.
bool changeIsSound(const Change &c)
{
    const Json again = toJson(c);
    const Change back = changeFromJson(Json::parse(again.dump()));
    return toJson(back) == again && protocol::validateChange(back) == protocol::validateChange(c);
}

void fuzzOne(const std::string &text, int status, Mutator &m, long iteration, std::map<std::string, Stats> &stats)
{
    HttpReply reply;
    reply.status = status;
    reply.body = text;
    if (m.below(4) == 0)
        reply.headers["retry-after"] = m.below(2) ? m.token() : "99999999999999999999";
    exercise(stats["interpretReply"], "interpretReply", text, iteration, [&] {
        const ApiReply r = interpretReply(reply);
        const bool okStatus = status >= 200 && status < 300;
        // A 2xx is usable only as a JSON object; anything else is an error, never silently fine.
        if ((r.kind == ApiReply::Kind::Ok) != (okStatus && r.body.is_object()))
            throw std::logic_error("interpretReply: kind does not match status and body");
        if (r.kind == ApiReply::Kind::Error && r.message.empty())
            throw std::logic_error("interpretReply: an error without a message");
        return r.ok();
    });

    // The decoders get what the device's (and server's) bounded parse hands on.
    const Json j = protocol::parsePeerJson(text);
    if (j.is_discarded())
        return;
    exercise(stats["PushRequest::parse"], "PushRequest::parse", text, iteration, [&] {
        const PushAnswer a = PushRequest::parse(j);
        if (a.batchId != j["batch"].get<std::string>() || a.accepted.size() != j["accepted"].size()
            || a.refused.size() != j["refused"].size())
            throw std::logic_error("push answer decoded with lost entries");
        return true;
    });
    exercise(stats["PullRequest::parse"], "PullRequest::parse", text, iteration, [&] {
        const PullPage page = PullRequest::parse(j);
        if (page.changes.size() != j["changes"].size() || page.cursor.empty())
            throw std::logic_error("pull page decoded with lost entries");
        for (const auto &c : page.changes)
            if (!protocol::validateChange(c).empty() || !changeIsSound(c))
                throw std::logic_error("pull page accepted a change that does not validate or round-trip");
        return true;
    });
    exercise(stats["EnrolRequest::parse"], "EnrolRequest::parse", text, iteration, [&] {
        const Enrolment e = EnrolRequest::parse(j);
        if (e.deviceId.empty() || e.token.empty() || !protocol::roleFromName(e.role) || e.organisationId.empty()
            || e.siteId.empty())
            throw std::logic_error("enrolment accepted with a missing part");
        return true;
    });
    exercise(stats["changeFromJson+validateChange"], "changeFromJson+validateChange", text, iteration, [&] {
        const Change c = changeFromJson(j);
        if (!changeIsSound(c))
            throw std::logic_error("a decoded change does not round-trip");
        return protocol::validateChange(c).empty();
    });
}

} // namespace

int main()
{
    const std::uint64_t seed = chorus::test::fuzz::seedFromEnv(20261126);
    const long perSample = chorus::test::fuzz::iterationsFromEnv(6000);
    std::printf("tst_fuzz_parsers: seed %llu, %ld iterations per sample (CHORUS_FUZZ_SEED, CHORUS_FUZZ_ITERATIONS)\n",
        static_cast<unsigned long long>(seed), perSample);
    const auto started = std::chrono::steady_clock::now();

    // The samples themselves must be accepted, or the fuzzing would only ever explore refusals.
    const auto bodies = samples();
    CHECK(protocol::validateChange(changeFromJson(Json::parse(bodies.at("change")))).empty());
    CHECK_EQ(PullRequest::parse(Json::parse(bodies.at("pull"))).changes.size(), 2u);
    CHECK_EQ(PushRequest::parse(Json::parse(bodies.at("push"))).accepted.size(), 2u);
    CHECK_EQ(EnrolRequest::parse(Json::parse(bodies.at("enrol"))).role, "kiosk");
    CHECK(interpretReply({ 410, bodies.at("error"), {}, {} }).wipe);

    // What the fuzzer found, kept as fixed regressions whatever the seed.
    std::string deep = bodies.at("pull");
    deep.replace(deep.find("\"bus\""), 5, std::string(200000, '[') + std::string(200000, ']'));
    CHECK(interpretReply({ 200, deep, {}, {} }).kind == ApiReply::Kind::NoAnswer);
    const ApiReply oddWipe
        = interpretReply({ 410, R"({"error":{"code":"device_revoked","message":"x"},"wipe":"yes"})", {}, {} });
    CHECK(oddWipe.is(protocol::ErrorCode::DeviceRevoked) && !oddWipe.wipe);
    Json oddName = Json::parse(bodies.at("enrol"));
    oddName["site"]["name"] = 5;
    bool refused = false;
    try {
        (void)EnrolRequest::parse(oddName);
    } catch (const std::invalid_argument &) {
        refused = true;
    }
    CHECK(refused);

    Mutator m(seed);
    std::map<std::string, Stats> stats;
    static const int statuses[] = { 200, 201, 204, 400, 401, 403, 409, 410, 413, 422, 426, 429, 500, 503 };
    long iteration = 0;
    for (const auto &[name, body] : bodies) {
        for (long i = 0; i < perSample; ++i, ++iteration) {
            // Mutants of mutants reach further from the valid shape now and then.
            std::string input = m.mutate(body);
            if (m.below(4) == 0)
                input = m.mutate(input);
            fuzzOne(input, statuses[m.below(std::size(statuses))], m, iteration, stats);
        }
    }

    for (const auto &[name, s] : stats) {
        std::printf("  %-30s %8ld inputs, %7ld accepted\n", name.c_str(), s.runs, s.accepted);
        // Every decoder saw thousands of inputs and accepted some mutants: the fuzzing reached
        // past the first check.
        CHECK(s.runs >= perSample);
        CHECK(s.accepted > 0);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("tst_fuzz_parsers: %ld inputs in %.1f s (seed %llu)\n", iteration, seconds,
        static_cast<unsigned long long>(seed));
    return chorus::test::tally().finish();
}
