// JSON mapping of every endpoint's request and answer, apart from any transport.

#include "../sync/check.h"

#include "client/apireply.h"
#include "client/curltransport.h"
#include "client/enrolrequest.h"
#include "client/mediarequest.h"
#include "client/pullrequest.h"
#include "client/pushrequest.h"
#include "client/serveraddress.h"

#include <zlib.h>

#include <stdexcept>

using namespace chorus::sync;
using namespace chorus::sync::client;
using Json = nlohmann::json;

namespace {

template<typename F>
bool throwsInvalid(F &&f)
{
    try {
        (void)f();
    } catch (const std::invalid_argument &) {
        return true;
    }
    return false;
}

Json promptChangeJson(const std::string &id)
{
    return { { "id", id }, { "kind", "prompt" }, { "record", "p-1" },
        { "fields",
            { { "position", { { "value", 3 }, { "version", "0000019b2c3d4e5f.00000000.srv" }, { "base", "" } } } } } };
}

void enrol()
{
    CHECK_EQ(EnrolRequest::normaliseCode("chorus-enrol:ABCDE-FGHJK"), std::string("ABCDE-FGHJK"));
    CHECK_EQ(EnrolRequest::normaliseCode(" abcde-fghjk\n"), std::string("abcde-fghjk"));
    const HttpRequest r = EnrolRequest::build("chorus-enrol:ABCDE-FGHJK", "Front desk");
    CHECK_EQ(r.method, std::string("POST"));
    CHECK_EQ(r.path, std::string("/v1/enrol"));
    CHECK_EQ(r.headers.at("Chorus-Protocol"), std::to_string(protocol::kVersion));
    CHECK(r.headers.find("Authorization") == r.headers.end());
    const Json sent = Json::parse(r.body);
    CHECK(sent["code"] == "ABCDE-FGHJK");
    CHECK(sent["name"] == "Front desk");

    const Json ok = { { "device_id", "d-1" }, { "token", std::string(64, 'a') }, { "role", "kiosk" },
        { "organisation", { { "id", "o-1" }, { "name", "Org" } } },
        { "site", { { "id", "s-1" }, { "name", "Hall" } } } };
    const Enrolment e = EnrolRequest::parse(ok);
    CHECK_EQ(e.deviceId, std::string("d-1"));
    CHECK_EQ(e.role, std::string("kiosk"));
    CHECK_EQ(e.organisationId, std::string("o-1"));
    CHECK_EQ(e.siteName, std::string("Hall"));
    Json badRole = ok;
    badRole["role"] = "mayor";
    CHECK(throwsInvalid([&] { return EnrolRequest::parse(badRole); }));
    Json noToken = ok;
    noToken.erase("token");
    CHECK(throwsInvalid([&] { return EnrolRequest::parse(noToken); }));
}

void push()
{
    const Change c = changeFromJson(promptChangeJson("chg-1"));
    const HttpRequest r = PushRequest::build("tok", "b-1", { c });
    CHECK_EQ(r.headers.at("Authorization"), std::string("Bearer tok"));
    CHECK(r.compressBody);
    const Json body = Json::parse(r.body);
    CHECK(body["batch"] == "b-1");
    CHECK(body["changes"].size() == 1);
    CHECK(body["changes"][0]["id"] == "chg-1");

    const Json answer = { { "batch", "b-1" }, { "accepted", { "chg-1" } },
        { "refused", { { { "id", "chg-2" }, { "record", "r-2" }, { "code", "withdrawn" } } } },
        { "clamped", { { { "id", "chg-1" }, { "field", "position" }, { "from", "a" }, { "to", "b" } } } } };
    const PushAnswer a = PushRequest::parse(answer);
    CHECK_EQ(a.accepted.size(), 1u);
    CHECK_EQ(a.refused.at(0).recordId, std::string("r-2"));
    CHECK_EQ(a.clamped.at(0).to, std::string("b"));
    Json noAccepted = answer;
    noAccepted.erase("accepted");
    CHECK(throwsInvalid([&] { return PushRequest::parse(noAccepted); }));
    Json badRefusal = answer;
    badRefusal["refused"][0].erase("record");
    CHECK(throwsInvalid([&] { return PushRequest::parse(badRefusal); }));
}

void pull()
{
    const HttpRequest r = PullRequest::build("tok", "42", 50);
    CHECK_EQ(r.path, std::string("/v1/pull?cursor=42&limit=50"));
    // A cursor that is not a number never reaches the URL.
    CHECK_EQ(PullRequest::build("tok", "1&x=2", 50).path, std::string("/v1/pull?cursor=0&limit=50"));

    const Json page
        = { { "changes", { promptChangeJson("c1"), promptChangeJson("c2") } }, { "cursor", "7" }, { "more", true } };
    const PullPage p = PullRequest::parse(page);
    CHECK_EQ(p.changes.size(), 2u);
    CHECK_EQ(p.cursor, std::string("7"));
    CHECK(p.more);
    Json numericCursor = page;
    numericCursor["cursor"] = 7;
    CHECK(throwsInvalid([&] { return PullRequest::parse(numericCursor); }));
    // One invalid change refuses the whole page, so the cursor cannot pass it.
    Json badChange = page;
    badChange["changes"][1]["fields"]["position"]["value"] = "three";
    CHECK(throwsInvalid([&] { return PullRequest::parse(badChange); }));
    Json noMore = page;
    noMore.erase("more");
    CHECK(throwsInvalid([&] { return PullRequest::parse(noMore); }));
}

void media()
{
    const std::string sha(64, 'a');
    CHECK_EQ(MediaRequest::status("t", sha).path, "/v1/media/" + sha + "/status");
    const HttpRequest put = MediaRequest::put("t", sha, 65536, 240000, "bytes");
    CHECK_EQ(put.method, std::string("PUT"));
    CHECK_EQ(put.path, "/v1/media/" + sha + "?offset=65536");
    CHECK_EQ(put.headers.at("Chorus-Media-Size"), std::string("240000"));
    CHECK(!put.compressBody);
    const MediaProgress m = MediaRequest::parse({ { "sha256", sha }, { "complete", false }, { "received", 131072 } });
    CHECK(!m.complete);
    CHECK_EQ(m.received, 131072u);
    CHECK(throwsInvalid([&] { return MediaRequest::parse({ { "complete", true } }); }));
}

void replies()
{
    ApiReply ok = interpretReply({ 200, R"({"x":1,"server_time":1764130000000})", {}, {} });
    CHECK(ok.ok());
    CHECK_EQ(ok.serverTimeMs, 1764130000000LL);
    // A 200 whose body was cut short is no answer at all.
    ApiReply cut = interpretReply({ 200, R"({"changes":[{"id")", {}, {} });
    CHECK(cut.kind == ApiReply::Kind::NoAnswer);
    ApiReply revoked
        = interpretReply({ 403, R"({"error":{"code":"device_revoked","message":"gone"},"wipe":true})", {}, {} });
    CHECK(revoked.is(protocol::ErrorCode::DeviceRevoked));
    CHECK(revoked.wipe);
    CHECK_EQ(revoked.message, std::string("gone"));
    ApiReply limited = interpretReply(
        { 429, R"({"error":{"code":"rate_limited","message":"slow"}})", { { "retry-after", "3" } }, {} });
    CHECK(limited.is(protocol::ErrorCode::RateLimited));
    CHECK_EQ(limited.retryAfterSeconds, 3);
    ApiReply proxy = interpretReply({ 502, "<html>bad gateway</html>", {}, {} });
    CHECK(proxy.kind == ApiReply::Kind::Error);
    CHECK(!proxy.code);
    ApiReply none = interpretReply({ 0, {}, {}, "Connection refused" });
    CHECK(none.kind == ApiReply::Kind::NoAnswer);
    CHECK_EQ(none.message, std::string("Connection refused"));
}

void gzip()
{
    const std::string text(10000, 'x');
    const std::string packed = gzipCompress(text);
    CHECK(packed.size() < 200);
    CHECK(static_cast<unsigned char>(packed[0]) == 0x1f && static_cast<unsigned char>(packed[1]) == 0x8b);
    std::string back(text.size(), '\0');
    z_stream zs {};
    inflateInit2(&zs, 15 + 16);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.data()));
    zs.avail_in = static_cast<uInt>(packed.size());
    zs.next_out = reinterpret_cast<Bytef *>(back.data());
    zs.avail_out = static_cast<uInt>(back.size());
    CHECK_EQ(inflate(&zs, Z_FINISH), Z_STREAM_END);
    inflateEnd(&zs);
    CHECK(back == text);
}

} // namespace

void serverAddresses()
{
    using chorus::sync::client::ServerAddress;
    using chorus::sync::client::classifyServerAddress;
    CHECK(classifyServerAddress("https://chorus.example.org") == ServerAddress::Encrypted);
    CHECK(classifyServerAddress("HTTPS://Chorus.Example.org:8443/x") == ServerAddress::Encrypted);
    CHECK(classifyServerAddress("http://127.0.0.1:8080") == ServerAddress::Loopback);
    CHECK(classifyServerAddress("http://localhost/") == ServerAddress::Loopback);
    CHECK(classifyServerAddress("http://[::1]:9") == ServerAddress::Loopback);
    CHECK(classifyServerAddress("http://chorus.example.org") == ServerAddress::Unencrypted);
    CHECK(classifyServerAddress("http://localhost.evil.example") == ServerAddress::Unencrypted);
    CHECK(classifyServerAddress("http://127.0.0.1@evil.example") == ServerAddress::Unencrypted);
    CHECK(classifyServerAddress("http://192.168.1.10") == ServerAddress::Unencrypted);
    CHECK(classifyServerAddress("ftp://x") == ServerAddress::Invalid);
    CHECK(classifyServerAddress("https://") == ServerAddress::Invalid);
}

int main()
{
    serverAddresses();
    enrol();
    push();
    pull();
    media();
    replies();
    gzip();
    return chorus::test::tally().finish();
}
