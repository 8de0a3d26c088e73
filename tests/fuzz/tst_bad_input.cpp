// A catalogue of hostile requests against a real chorus-server on 127.0.0.1: each named case has
// the HTTP status and stable error code it must get, and after all of them the server still
// answers and its database holds nothing new. Then a seeded run of mutated push bodies: no 5xx,
// no crash, every refusal a JSON body with a known code. CHORUS_FUZZ_SEED and
// CHORUS_FUZZ_ITERATIONS replay or lengthen the random part.

#include "../server/serverharness.h"
#include "../sync/check.h"
#include "fuzzcommon.h"

#include "model/change.h"
#include "protocol/protocol.h"

#include <zlib.h>

#include <chrono>
#include <cstdio>

using namespace chorus::test;
namespace protocol = chorus::sync::protocol;

namespace {

const std::string kVersion = "00000199a0b1c2d3.00000000.dev-1";

struct Case {
    std::string name;
    std::string method;
    std::string path;
    std::string body;
    httplib::Headers headers;
    int status;
    std::string code; // empty for a 2xx
};

std::string deflateGzip(const std::string &plain)
{
    z_stream z {};
    if (deflateInit2(&z, 9, Z_DEFLATED, 31, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("zlib");
    std::string packed;
    char buffer[16384];
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.data()));
    z.avail_in = static_cast<uInt>(plain.size());
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        rc = deflate(&z, Z_FINISH);
        packed.append(buffer, sizeof buffer - z.avail_out);
    }
    deflateEnd(&z);
    return packed;
}

// A contribution change that the server accepts as it stands.
Json goodChange(const std::string &id)
{
    return { { "id", id }, { "kind", "contribution" }, { "record", "rec-" + id },
        { "fields",
            { { "text", { { "value", "fine words" }, { "version", kVersion } } },
                { "format", { { "value", "write" }, { "version", kVersion } } },
                { "created_at", { { "value", 1760000000000LL }, { "version", kVersion } } } } } };
}

// A batch of one good change with one field (or part of the change) replaced.
std::string withField(const std::string &field, const Json &value)
{
    Json c = goodChange("c-" + field);
    c["fields"][field] = { { "value", value }, { "version", kVersion } };
    return Json { { "batch", "b-" + field }, { "changes", { c } } }.dump();
}

std::string withChange(const std::function<void(Json &)> &edit)
{
    Json c = goodChange("c-edit");
    edit(c);
    return Json { { "batch", "b-edit" }, { "changes", { c } } }.dump();
}

// Splices raw JSON text in place of a marker string, for what a JSON library would never write.
std::string rawField(const std::string &field, const std::string &raw)
{
    std::string body = withField(field, "@@RAW@@");
    body.replace(body.find("\"@@RAW@@\""), 9, raw);
    return body;
}

std::vector<Case> catalogue(const std::string &token, const std::string &site)
{
    const httplib::Headers dev { { "Chorus-Protocol", "1" }, { "Authorization", "Bearer " + token } };
    const httplib::Headers devGzip { { "Chorus-Protocol", "1" }, { "Authorization", "Bearer " + token },
        { "Content-Encoding", "gzip" } };
    const httplib::Headers anon { { "Chorus-Protocol", "1" } };
    const std::string sha(64, 'c');
    const std::string good = Json { { "batch", "b-good" }, { "changes", { goodChange("c-good") } } }.dump();
    auto headersWith = [&](const std::string &name, const std::string &value) {
        httplib::Headers h { { "Authorization", "Bearer " + token } };
        h.emplace(name, value);
        return h;
    };
    auto devSized = [&](const std::string &size) {
        httplib::Headers h = dev;
        h.emplace("Chorus-Media-Size", size);
        return h;
    };
    Json many = Json::array();
    for (int i = 0; i < 501; ++i)
        many.push_back(goodChange("c-many-" + std::to_string(i)));
    Json mixed = Json::array({ goodChange("c-mixed-ok"), goodChange("c-mixed-bad") });
    mixed[1]["fields"]["rating"] = { { "value", 9 }, { "version", kVersion } };

    std::vector<Case> c {
        // Shape of the body.
        { "push: not JSON", "POST", "/v1/push", "{not json", dev, 400, "bad_request" },
        { "push: empty body", "POST", "/v1/push", "", dev, 400, "bad_request" },
        { "push: a list, not an object", "POST", "/v1/push", "[]", dev, 400, "bad_request" },
        { "push: truncated", "POST", "/v1/push", good.substr(0, good.size() / 2), dev, 400, "bad_request" },
        { "push: batch missing", "POST", "/v1/push", R"({"changes":[]})", dev, 400, "bad_request" },
        { "push: batch a number", "POST", "/v1/push", R"({"batch":42,"changes":[]})", dev, 400, "bad_request" },
        { "push: batch path traversal", "POST", "/v1/push", R"({"batch":"../../etc","changes":[]})", dev, 400,
            "bad_request" },
        { "push: batch 65 bytes", "POST", "/v1/push",
            Json { { "batch", std::string(65, 'b') }, { "changes", Json::array() } }.dump(), dev, 400, "bad_request" },
        { "push: changes an object", "POST", "/v1/push", R"({"batch":"b","changes":{}})", dev, 400, "bad_request" },
        { "push: changes missing", "POST", "/v1/push", R"({"batch":"b"})", dev, 400, "bad_request" },
        { "push: invalid UTF-8", "POST", "/v1/push",
            std::string(good).replace(good.find("fine words"), 4, "\xff\xfe\xc0\xaf"), dev, 400, "bad_request" },
        { "push: lone surrogate escape", "POST", "/v1/push", rawField("text", "\"\\ud800\""), dev, 400, "bad_request" },
        { "push: NUL in text", "POST", "/v1/push", rawField("text", "\"a\\u0000b\""), dev, 422, "invalid_change" },
        { "push: NUL in a key", "POST", "/v1/push", rawField("consent", "{\"a\\u0000\":true}"), dev, 422,
            "invalid_change" },
        { "push: NUL in a tag", "POST", "/v1/push", withField("tags", { { "add", { std::string("x\0y", 3) } } }), dev,
            422, "invalid_change" },
        { "push: NaN", "POST", "/v1/push", rawField("rating", "NaN"), dev, 400, "bad_request" },
        { "push: nested 200000 deep", "POST", "/v1/push",
            rawField("symbols", std::string(200000, '[') + std::string(200000, ']')), dev, 400, "bad_request" },
        { "push: 501 changes", "POST", "/v1/push", Json { { "batch", "b-many" }, { "changes", many } }.dump(), dev, 413,
            "payload_too_large" },
        { "push: 9 MiB body", "POST", "/v1/push", withField("text", std::string(9 * 1024 * 1024, 'x')), dev, 413,
            "payload_too_large" },
        { "push: bad gzip", "POST", "/v1/push", "\x1f\x8b\x08\x00garbage, not deflate", devGzip, 400, "bad_request" },
        { "push: gzip bomb past 8 MiB", "POST", "/v1/push",
            deflateGzip(withField("text", std::string(20 * 1024 * 1024, ' '))), devGzip, 413, "payload_too_large" },
        // Each change is checked by type and meaning; one bad change refuses the whole batch.
        { "change: not an object", "POST", "/v1/push", R"({"batch":"b","changes":["x"]})", dev, 422, "invalid_change" },
        { "change: id missing", "POST", "/v1/push", withChange([](Json &j) { j.erase("id"); }), dev, 422,
            "invalid_change" },
        { "change: id a number", "POST", "/v1/push", withChange([](Json &j) { j["id"] = 5; }), dev, 422,
            "invalid_change" },
        { "change: id with a space", "POST", "/v1/push", withChange([](Json &j) { j["id"] = "a b"; }), dev, 422,
            "invalid_change" },
        { "change: record id 65 bytes", "POST", "/v1/push",
            withChange([](Json &j) { j["record"] = std::string(65, 'r'); }), dev, 422, "invalid_change" },
        { "change: SQL in record id", "POST", "/v1/push",
            withChange([](Json &j) { j["record"] = "r'; DROP TABLE changelog; --"; }), dev, 422, "invalid_change" },
        { "change: unknown kind", "POST", "/v1/push", withChange([](Json &j) { j["kind"] = "secret"; }), dev, 422,
            "invalid_change" },
        { "change: kind a list", "POST", "/v1/push", withChange([](Json &j) { j["kind"] = Json::array(); }), dev, 422,
            "invalid_change" },
        { "change: no fields", "POST", "/v1/push", withChange([](Json &j) { j["fields"] = Json::object(); }), dev, 422,
            "invalid_change" },
        { "change: fields a string", "POST", "/v1/push", withChange([](Json &j) { j["fields"] = "all"; }), dev, 422,
            "invalid_change" },
        { "change: unknown field", "POST", "/v1/push", withField("password", "x"), dev, 422, "invalid_change" },
        { "change: field without value", "POST", "/v1/push",
            withChange([](Json &j) { j["fields"]["text"].erase("value"); }), dev, 422, "invalid_change" },
        { "change: version garbage", "POST", "/v1/push",
            withChange([](Json &j) { j["fields"]["text"]["version"] = "yesterday"; }), dev, 422, "invalid_change" },
        { "change: version a number", "POST", "/v1/push",
            withChange([](Json &j) { j["fields"]["text"]["version"] = 17; }), dev, 422, "invalid_change" },
        { "change: version with a bad device id", "POST", "/v1/push",
            withChange([](Json &j) { j["fields"]["text"]["version"] = "00000199a0b1c2d3.00000000.a/b"; }), dev, 422,
            "invalid_change" },
        { "change: base a number", "POST", "/v1/push", withChange([](Json &j) { j["fields"]["text"]["base"] = 7; }),
            dev, 422, "invalid_change" },
        { "change: duplicated key, last one bad", "POST", "/v1/push",
            std::string(good).insert(good.rfind('}', good.size() - 3), R"(,"fields":5)"), dev, 422, "invalid_change" },
        { "field: text a number", "POST", "/v1/push", withField("text", 42), dev, 422, "invalid_change" },
        { "field: text 20001 bytes", "POST", "/v1/push", withField("text", std::string(20001, 't')), dev, 422,
            "invalid_change" },
        { "field: rating 9", "POST", "/v1/push", withField("rating", 9), dev, 422, "invalid_change" },
        { "field: rating 1.5", "POST", "/v1/push", withField("rating", 1.5), dev, 422, "invalid_change" },
        { "field: rating -1", "POST", "/v1/push", withField("rating", -1), dev, 422, "invalid_change" },
        { "field: rating 2^64-1", "POST", "/v1/push", rawField("rating", "18446744073709551615"), dev, 422,
            "invalid_change" },
        // Past a double's range: the JSON parser itself refuses the number.
        { "field: rating 1e999", "POST", "/v1/push", rawField("rating", "1e999"), dev, 400, "bad_request" },
        { "field: rating as text", "POST", "/v1/push", withField("rating", "5"), dev, 422, "invalid_change" },
        { "field: format unknown", "POST", "/v1/push", withField("format", "sing"), dev, 422, "invalid_change" },
        { "field: status unknown", "POST", "/v1/push", withField("status", "done"), dev, 422, "invalid_change" },
        { "field: created_at 1970", "POST", "/v1/push", withField("created_at", 1), dev, 422, "invalid_change" },
        { "field: created_at negative", "POST", "/v1/push", withField("created_at", -5), dev, 422, "invalid_change" },
        { "field: created_at int64 max", "POST", "/v1/push", withField("created_at", INT64_MAX), dev, 422,
            "invalid_change" },
        { "field: language with punctuation", "POST", "/v1/push", withField("language", "en!"), dev, 422,
            "invalid_change" },
        { "field: symbol pile unknown", "POST", "/v1/push",
            withField("symbols", Json::array({ { { "symbol", "bus" }, { "pile", "maybe" } } })), dev, 422,
            "invalid_change" },
        // 5 levels of batch around it, 55 inside: within the parser's bound of 64, refused by the rules.
        { "field: symbols nested 55 deep", "POST", "/v1/push",
            rawField("symbols", std::string(55, '[') + std::string(55, ']')), dev, 422, "invalid_change" },
        { "field: symbols nested 60 deep", "POST", "/v1/push",
            rawField("symbols", std::string(60, '[') + std::string(60, ']')), dev, 400, "bad_request" },
        { "field: media path traversal", "POST", "/v1/push", withField("media", Json::array({ "../../etc/passwd" })),
            dev, 422, "invalid_change" },
        { "field: media short hash", "POST", "/v1/push", withField("media", Json::array({ "abc123" })), dev, 422,
            "invalid_change" },
        { "field: consent unknown choice", "POST", "/v1/push", withField("consent", { { "sell", true } }), dev, 422,
            "invalid_change" },
        { "field: withdrawn false", "POST", "/v1/push", withField("withdrawn", false), dev, 422, "invalid_change" },
        { "field: tags unknown operation", "POST", "/v1/push", withField("tags", { { "replace", { "x" } } }), dev, 422,
            "invalid_change" },
        { "batch: one bad change refuses the good one", "POST", "/v1/push",
            Json { { "batch", "b-mixed" }, { "changes", mixed } }.dump(), dev, 422, "invalid_change" },
        { "scope: outreach device writes a prompt", "POST", "/v1/push", withChange([](Json &j) {
             j["kind"] = "prompt";
             j["fields"] = { { "formats", { { "value", { "write" } }, { "version", kVersion } } } };
         }),
            dev, 403, "forbidden" },
        // Who is asking, and in which protocol.
        { "auth: no token", "POST", "/v1/push", good, anon, 401, "unauthorized" },
        { "auth: garbage token", "POST", "/v1/push", good,
            { { "Chorus-Protocol", "1" }, { "Authorization", "Bearer not-a-token" } }, 401, "unauthorized" },
        { "auth: token with SQL", "POST", "/v1/push", good,
            { { "Chorus-Protocol", "1" }, { "Authorization", "Bearer ' OR '1'='1" } }, 401, "unauthorized" },
        // Past the HTTP library's header limit: the request is not read at all.
        { "auth: 10 kB token", "GET", "/v1/pull", "",
            { { "Chorus-Protocol", "1" }, { "Authorization", "Bearer " + std::string(10000, 'A') } }, 400,
            "bad_request" },
        { "auth: basic scheme", "GET", "/v1/pull", "",
            { { "Chorus-Protocol", "1" }, { "Authorization", "Basic " + token } }, 401, "unauthorized" },
        { "protocol: header missing", "POST", "/v1/push", good, headersWith("X-Other", "1"), 426, "update_needed" },
        { "protocol: version 0", "POST", "/v1/push", good, headersWith("Chorus-Protocol", "0"), 426, "update_needed" },
        { "protocol: version 999", "POST", "/v1/push", good, headersWith("Chorus-Protocol", "999"), 400,
            "protocol_too_new" },
        { "protocol: version text", "POST", "/v1/push", good, headersWith("Chorus-Protocol", "one"), 426,
            "update_needed" },
        { "protocol: version overflowing", "GET", "/v1/pull", "",
            headersWith("Chorus-Protocol", "99999999999999999999"), 426, "update_needed" },
        // Pull cursors and limits.
        { "pull: cursor negative", "GET", "/v1/pull?cursor=-1", "", dev, 400, "bad_request" },
        { "pull: cursor text", "GET", "/v1/pull?cursor=abc", "", dev, 400, "bad_request" },
        { "pull: cursor overflowing", "GET", "/v1/pull?cursor=99999999999999999999999", "", dev, 400, "bad_request" },
        { "pull: cursor with SQL", "GET", "/v1/pull?cursor=1%20OR%20true", "", dev, 400, "bad_request" },
        { "pull: limit 0", "GET", "/v1/pull?limit=0", "", dev, 400, "bad_request" },
        { "pull: limit negative", "GET", "/v1/pull?limit=-5", "", dev, 400, "bad_request" },
        { "pull: limit 100000", "GET", "/v1/pull?limit=100000", "", dev, 400, "bad_request" },
        { "pull: limit in exponent form", "GET", "/v1/pull?limit=1e3", "", dev, 400, "bad_request" },
        // A cursor past the end is legal: an empty page, not an error.
        { "pull: cursor far past the end", "GET", "/v1/pull?cursor=999999999999999999", "", dev, 200, "" },
        // Media names and offsets.
        { "media: path traversal", "GET", "/v1/media/../../etc/passwd", "", dev, 404, "not_found" },
        { "media: encoded traversal", "GET", "/v1/media/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "", dev, 404, "not_found" },
        { "media: upper-case hash", "GET", "/v1/media/" + std::string(64, 'A'), "", dev, 404, "not_found" },
        { "media: 63-character name", "PUT", "/v1/media/" + std::string(63, 'c') + "?offset=0", "x", dev, 404,
            "not_found" },
        { "media: unknown hash", "GET", "/v1/media/" + sha, "", dev, 404, "not_found" },
        { "media: offset missing", "PUT", "/v1/media/" + sha, "x", devSized("1"), 400, "bad_request" },
        { "media: offset overflowing", "PUT", "/v1/media/" + sha + "?offset=99999999999999999999999", "x",
            devSized("1"), 400, "bad_request" },
        { "media: offset past the start", "PUT", "/v1/media/" + sha + "?offset=5", "x", devSized("10"), 409,
            "offset_mismatch" },
        { "media: declared size 2^63", "PUT", "/v1/media/" + sha + "?offset=0", "x", devSized("9223372036854775808"),
            413, "payload_too_large" },
        { "media: chunk past the declared size", "PUT", "/v1/media/" + sha + "?offset=0", "xyz", devSized("2"), 400,
            "bad_request" },
        { "media: offset negative", "PUT", "/v1/media/" + sha + "?offset=-1", "x", dev, 400, "bad_request" },
        { "media: size header missing", "PUT", "/v1/media/" + sha + "?offset=0", "x", dev, 400, "bad_request" },
        // Enrolment.
        { "enrol: not JSON", "POST", "/v1/enrol", "code=1", anon, 400, "bad_request" },
        { "enrol: code a number", "POST", "/v1/enrol", R"({"code":12345})", anon, 400, "bad_request" },
        { "enrol: code 33 bytes", "POST", "/v1/enrol", Json { { "code", std::string(33, 'A') } }.dump(), anon, 400,
            "bad_request" },
        { "enrol: name 201 bytes", "POST", "/v1/enrol",
            Json { { "code", "AAAAA-AAAAA" }, { "name", std::string(201, 'n') } }.dump(), anon, 400, "bad_request" },
        { "enrol: name a list", "POST", "/v1/enrol", R"({"code":"AAAAA-AAAAA","name":[]})", anon, 400, "bad_request" },
        { "enrol: SQL in the code", "POST", "/v1/enrol", R"({"code":"' OR 1=1 --"})", anon, 403, "enrolment_invalid" },
        { "enrol: body over 16 KiB", "POST", "/v1/enrol",
            Json { { "code", "AAAAA-AAAAA" }, { "name", std::string(17000, 'n') } }.dump(), anon, 413,
            "payload_too_large" },
        { "codes: ttl as text", "POST", "/v1/enrolment-codes",
            Json { { "email", "sam@example.org" }, { "password", "correct horse battery" }, { "site", site },
                { "role", "kiosk" }, { "ttl_minutes", "forever" } }
                .dump(),
            anon, 400, "bad_request" },
        { "codes: ttl overflowing int", "POST", "/v1/enrolment-codes",
            Json { { "email", "sam@example.org" }, { "password", "correct horse battery" }, { "site", site },
                { "role", "kiosk" }, { "ttl_minutes", 4294967297LL } }
                .dump(),
            anon, 400, "bad_request" },
        { "codes: role unknown", "POST", "/v1/enrolment-codes",
            Json { { "email", "sam@example.org" }, { "password", "correct horse battery" }, { "site", site },
                { "role", "admin" } }
                .dump(),
            anon, 400, "bad_request" },
        { "other: no such endpoint", "GET", "/v1/secrets", "", dev, 404, "not_found" },
    };
    return c;
}

httplib::Result send(httplib::Client &client, const Case &c)
{
    if (c.method == "GET")
        return client.Get(c.path, c.headers);
    if (c.method == "PUT")
        return client.Put(c.path, c.headers, c.body, "application/octet-stream");
    return client.Post(c.path, c.headers, c.body, "application/json");
}

// Rows of every table a push, an enrolment or a media upload can write.
std::map<std::string, long> counts(const std::string &db)
{
    auto conn = openServerDatabase(db);
    std::map<std::string, long> out;
    for (const char *table : { "contributions", "prompts", "outcomes", "record_owners", "changelog", "batches",
             "received_changes", "media", "purged_media", "devices", "enrolment_codes" }) {
        auto s = conn->prepare(std::string("SELECT count(*) FROM ") + table);
        out[table] = s.step() ? s.integer(0) : -1;
    }
    return out;
}

std::string errorCodeOf(const std::string &body)
{
    const Json j = Json::parse(body, nullptr, false);
    if (!j.is_object() || !j.contains("error") || !j["error"].is_object() || !j["error"].contains("code")
        || !j["error"]["code"].is_string() || !j["error"].contains("message") || !j["error"]["message"].is_string()
        || j["error"]["message"].get<std::string>().empty())
        return {};
    return j["error"]["code"].get<std::string>();
}

bool healthy(const ServerProcess &server)
{
    auto r = server.client()->Get("/v1/health");
    return r && r->status == 200;
}

void runCatalogue(const ServerProcess &server, const std::string &db, const std::string &site, const Device &device)
{
    const auto before = counts(db);
    httplib::Client client("127.0.0.1", server.port());
    client.set_read_timeout(30, 0);
    int clean = 0;
    const auto cases = catalogue(device.token, site);
    for (const auto &c : cases) {
        auto r = send(client, c);
        const int status = r ? r->status : 0;
        const std::string code = r ? errorCodeOf(r->body) : "(no answer)";
        const bool ok = status == c.status && (c.code.empty() ? status == 200 : code == c.code);
        if (!ok)
            std::fprintf(stderr, "FAIL catalogue \"%s\": got %d %s, want %d %s\n", c.name.c_str(), status, code.c_str(),
                c.status, c.code.c_str());
        CHECK(ok);
        clean += ok;
    }
    std::printf("catalogue: %d of %zu bad requests refused with the expected status and code\n", clean, cases.size());
    CHECK(healthy(server));
    const auto after = counts(db);
    for (const auto &[table, n] : before) {
        if (after.at(table) != n)
            std::fprintf(stderr, "FAIL table %s had %ld rows, now %ld\n", table.c_str(), n, after.at(table));
        CHECK_EQ(after.at(table), n);
    }
}

// Mutants of valid push bodies, fresh batch and change ids each time so none is a replay.
void runMutations(const ServerProcess &server, const Device &device)
{
    const std::uint64_t seed = fuzz::seedFromEnv(20261126);
    const long iterations = fuzz::iterationsFromEnv(1000);
    std::printf("mutations: seed %llu, %ld push bodies (CHORUS_FUZZ_SEED, CHORUS_FUZZ_ITERATIONS)\n",
        static_cast<unsigned long long>(seed), iterations);
    fuzz::Mutator m(seed);
    httplib::Client client("127.0.0.1", server.port());
    client.set_read_timeout(30, 0);
    const httplib::Headers dev { { "Chorus-Protocol", "1" }, { "Authorization", "Bearer " + device.token } };
    std::map<int, long> byStatus;
    long malformed = 0;
    for (long i = 0; i < iterations; ++i) {
        const std::string n = std::to_string(i);
        Json c = goodChange("m-" + n);
        c["fields"]["rating"] = { { "value", 3 }, { "version", kVersion } };
        c["fields"]["symbols"]
            = { { "value", Json::array({ { { "symbol", "bus" }, { "pile", "good" } } }) }, { "version", kVersion } };
        c["fields"]["consent"] = { { "value", { { "anonymous", true } } }, { "version", kVersion } };
        const std::string body = m.mutate(Json { { "batch", "mb-" + n }, { "changes", { c } } }.dump());
        auto r = client.Post("/v1/push", dev, body, "application/json");
        const int status = r ? r->status : 0;
        ++byStatus[status];
        const bool refusalReadable = status == 200
            || (status >= 400 && status < 500 && protocol::errorCodeFromName(errorCodeOf(r->body)).has_value());
        if (!refusalReadable) {
            ++malformed;
            std::fprintf(stderr, "FAIL mutant %ld (seed %llu): status %d body %.300s\n", i,
                static_cast<unsigned long long>(seed), status, r ? r->body.c_str() : "(no answer)");
        }
    }
    CHECK_EQ(malformed, 0L);
    CHECK(healthy(server));
    std::printf("mutations:");
    for (const auto &[status, n] : byStatus)
        std::printf(" %ld x %d", n, status);
    std::printf("\n");
    // The mutants reached both acceptance and refusal, so the run tested more than the parser's first check.
    CHECK(byStatus[200] > 0);
    CHECK(byStatus[400] + byStatus[422] > 0);
}

} // namespace

int main()
{
    const auto started = std::chrono::steady_clock::now();
    TempDir dir;
    const std::string db = newServerDatabase(dir, "chorus");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Drop-in" })["id"];
    ::setenv("CHORUS_PASSWORD", "correct horse battery", 1);
    admin(db, { "create-coordinator", org, "sam@example.org" });
    ::unsetenv("CHORUS_PASSWORD");
    ServerProcess server(db, dir.path() / "media");
    auto outreach = enrol(server, db, org, site, "outreach");
    // One good push first so the tables the catalogue must leave alone are not empty.
    outreach->write("contribution", "before-1", { { "text", "already here" } });
    CHECK_EQ(outreach->push().status, 200);

    runCatalogue(server, db, site, *outreach);
    runMutations(server, *outreach);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("tst_bad_input: %.1f s on %s\n", seconds, usingPostgres() ? "postgres" : "sqlite");
    return chorus::test::tally().finish();
}
