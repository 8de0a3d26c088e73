// Strict validation of what peers send: ids, UTF-8, hashes, timestamps and every field of a change.

#include "check.h"
#include "clock/hlc.h"
#include "protocol/protocol.h"
#include "protocol/validation.h"

using namespace chorus::sync;
using namespace chorus::sync::protocol;
using Json = nlohmann::json;

namespace {

const std::string kVersion = Version { { 1764130000000, 0 }, "dev-a" }.toString();

Change changeWith(const std::string &field, const Json &value, const std::string &kind = "contribution")
{
    Change c { "chg-1", kind, "rec-1", {} };
    c.fields.emplace(field, FieldChange { value, kVersion, {} });
    return c;
}

void testIds()
{
    CHECK(isValidId("0193a2b4-7c1d-7e2f-9a3b-1c2d3e4f5a6b"));
    CHECK(isValidId("a_b-C9"));
    CHECK(!isValidId(""));
    CHECK(!isValidId(std::string(65, 'a')));
    CHECK(!isValidId("../etc/passwd"));
    CHECK(!isValidId("a b"));
    CHECK(!isValidId("caf\xc3\xa9"));
}

void testUtf8()
{
    CHECK(isValidUtf8("plain"));
    CHECK(isValidUtf8("Cymraeg: \xc5\xb5 Arabic: \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 emoji: \xf0\x9f\x98\x80"));
    CHECK(!isValidUtf8("\xff"));
    CHECK(!isValidUtf8("\xc0\xaf")); // overlong '/'
    CHECK(!isValidUtf8("\xed\xa0\x80")); // surrogate
    CHECK(!isValidUtf8("\xf4\x90\x80\x80")); // past U+10FFFF
    CHECK(!isValidUtf8("\xe2\x82")); // cut short
    CHECK(!isValidUtf8("ok\xe2"));
}

void testHashesAndTimes()
{
    CHECK(isSha256Hex(std::string(64, 'a')));
    CHECK(!isSha256Hex(std::string(64, 'A')));
    CHECK(!isSha256Hex(std::string(63, 'a')));
    CHECK(isPlausibleTimestampMs(1764130000000));
    CHECK(!isPlausibleTimestampMs(5));
    CHECK(!isPlausibleTimestampMs(-1));
}

void testFields()
{
    CHECK_EQ(validateChange(changeWith("text", "The bus is late")), "");
    CHECK_EQ(validateChange(changeWith("rating", 3)), "");
    CHECK_EQ(validateChange(changeWith("format", "pictures")), "");
    CHECK_EQ(validateChange(changeWith("symbols", Json::array({ { { "symbol", "bus" }, { "pile", "good" } } }))), "");
    CHECK_EQ(validateChange(changeWith("consent", { { "anonymous", true }, { "quote", false } })), "");
    CHECK_EQ(validateChange(changeWith("tags", { { "add", { "housing" } } })), "");
    CHECK_EQ(validateChange(changeWith("withdrawn", true)), "");
    CHECK_EQ(validateChange(changeWith("text", nullptr)), "");
    CHECK_EQ(validateChange(changeWith("formats", { "speak", "draw" }, "prompt")), "");

    const std::vector<std::pair<std::string, Json>> bad { { "rating", 0 }, { "rating", 6 }, { "rating", "3" },
        { "format", "sing" }, { "language", "en_GB!" }, { "created_at", 12 }, { "media", { "abc" } },
        { "media", "not a list" }, { "symbols", Json::array({ { { "symbol", "bus" }, { "pile", "maybe" } } }) },
        { "consent", { { "sell", true } } }, { "tags", { "housing" } },
        { "tags", { { "remove", { { "x", { "not a version" } } } } } }, { "withdrawn", false }, { "status", "deleted" },
        { "text", std::string(20001, 'a') }, { "text", 5 }, { "nonsense", 1 } };
    for (const auto &[field, value] : bad) {
        const std::string error = validateChange(changeWith(field, value));
        CHECK(!error.empty());
        if (error.empty())
            std::fprintf(stderr, "  accepted %s = %s\n", field.c_str(), value.dump().c_str());
    }
    CHECK(!validateChange(changeWith("text", "x", "nonsense")).empty());
    Change noFields { "chg-1", "contribution", "rec-1", {} };
    CHECK(!validateChange(noFields).empty());
    Change badVersion = changeWith("text", "x");
    badVersion.fields["text"].version = "yesterday";
    CHECK(!validateChange(badVersion).empty());
    Change badBase = changeWith("text", "x");
    badBase.fields["text"].base = "0000";
    CHECK(!validateChange(badBase).empty());
    Change badRecord = changeWith("text", "x");
    badRecord.recordId = "a/b";
    CHECK(!validateChange(badRecord).empty());
}

void testErrorCodes()
{
    CHECK_EQ(httpStatus(ErrorCode::UpdateNeeded), 426);
    CHECK_EQ(httpStatus(ErrorCode::DeviceRevoked), 403);
    CHECK(errorCodeFromName(errorCodeName(ErrorCode::MediaWithdrawn)) == ErrorCode::MediaWithdrawn);
    CHECK(roleFromName("outreach") == Role::Outreach);
    CHECK(!roleFromName("admin").has_value());
}

} // namespace

int main()
{
    testIds();
    testUtf8();
    testHashesAndTimes();
    testFields();
    testErrorCodes();
    return chorus::test::tally().finish();
}
