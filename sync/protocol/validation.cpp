#include "protocol/validation.h"

#include "protocol/protocol.h"

#include "clock/hlc.h"
#include "model/schema.h"
#include "seal/sealformat.h"
#include "store/recordstore.h"

#include <algorithm>
#include <functional>
#include <map>

namespace chorus::sync::protocol {

bool isValidId(std::string_view id)
{
    if (id.empty() || id.size() > kMaxIdBytes)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

bool isValidUtf8(std::string_view text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        std::uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || cp > 0x10FFFF
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

nlohmann::json parsePeerJson(std::string_view text)
{
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth)
                return nlohmann::json(nlohmann::json::value_t::discarded);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return nlohmann::json::parse(text, nullptr, false);
}

bool isSha256Hex(std::string_view text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

bool isPlausibleTimestampMs(std::int64_t ms)
{
    return ms >= 946684800000LL && ms < 4102444800000LL;
}

namespace {

using Json = nlohmann::json;
using Rule = std::function<std::string(const Json &)>;

// Valid UTF-8 without U+0000: PostgreSQL cuts text at a NUL, so "a\u0000b" would be stored as
// "a" there and whole on SQLite.
bool isCleanText(const std::string &s)
{
    return isValidUtf8(s) && s.find('\0') == std::string::npos;
}

std::string allStringsUtf8(const Json &v)
{
    if (v.is_string())
        return isCleanText(v.get_ref<const std::string &>()) ? std::string() : "text is not valid UTF-8 or holds a NUL";
    if (v.is_object()) {
        for (const auto &[k, item] : v.items()) {
            if (!isCleanText(k))
                return "a key is not valid UTF-8 or holds a NUL";
            if (auto e = allStringsUtf8(item); !e.empty())
                return e;
        }
    }
    if (v.is_array())
        for (const auto &item : v)
            if (auto e = allStringsUtf8(item); !e.empty())
                return e;
    return {};
}

Rule oneOf(std::vector<std::string> allowed)
{
    return [allowed = std::move(allowed)](const Json &v) -> std::string {
        if (std::find(allowed.begin(), allowed.end(), v.get<std::string>()) == allowed.end())
            return "is not one of the allowed values";
        return {};
    };
}

std::string idRule(const Json &v)
{
    return isValidId(v.get<std::string>()) ? std::string() : "is not a valid id";
}

// A withdrawal is final: nothing may un-withdraw a record.
std::string onlyTrue(const Json &v)
{
    return v.get<bool>() ? std::string() : "can only become true";
}

std::string timestampRule(const Json &v)
{
    return isPlausibleTimestampMs(v.get<std::int64_t>()) ? std::string() : "is not a plausible time";
}

std::string stringList(const Json &v, std::size_t maxItems, const std::function<bool(const std::string &)> &ok)
{
    if (!v.is_array() || v.size() > maxItems)
        return "must be a list of at most " + std::to_string(maxItems) + " items";
    for (const auto &item : v)
        if (!item.is_string() || !ok(item.get<std::string>()))
            return "has an item that is not allowed";
    return {};
}

Rule between(std::int64_t low, std::int64_t high)
{
    return [low, high](const Json &v) -> std::string {
        const auto n = v.get<std::int64_t>();
        return n >= low && n <= high ? std::string() : "must be " + std::to_string(low) + " to " + std::to_string(high);
    };
}

std::string idListRule(const Json &v)
{
    return stringList(v, 256, [](const std::string &s) { return isValidId(s); });
}

// {"heard": ms, "planned": ms, ...}: when an outcome reached each status.
std::string statusDatesRule(const Json &v)
{
    if (!v.is_object() || v.size() > 5)
        return "must map statuses to times";
    for (const auto &[status, at] : v.items()) {
        if (status != "heard" && status != "planned" && status != "doing" && status != "done" && status != "not_possible")
            return "names an unknown status";
        if (!at.is_number_integer() || !isPlausibleTimestampMs(at.get<std::int64_t>()))
            return "has a time that is not plausible";
    }
    return {};
}

std::string languageRule(const Json &v)
{
    const auto &s = v.get_ref<const std::string &>();
    const bool ok = s.size() >= 2 && s.size() <= 8 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    });
    return ok ? std::string() : "is not a language code";
}

std::string symbolsRule(const Json &v)
{
    if (!v.is_array() || v.size() > 16)
        return "must be a list of at most 16 cards";
    for (const auto &card : v) {
        if (!card.is_object() || !card.contains("symbol") || !card["symbol"].is_string() || !card.contains("pile")
            || !card["pile"].is_string())
            return "has a card without a symbol and pile";
        const auto &pile = card["pile"].get_ref<const std::string &>();
        if (pile != "good" && pile != "unsure" && pile != "bad")
            return "has a card in an unknown pile";
        if (!isValidId(card["symbol"].get<std::string>()))
            return "has a card with a bad symbol name";
    }
    return {};
}

std::string consentRule(const Json &v)
{
    if (!v.is_object())
        return "must be an object";
    for (const auto &[k, item] : v.items()) {
        if (k != "anonymous" && k != "quote" && k != "contact")
            return "has an unknown choice " + k;
        if (!item.is_boolean())
            return "choices must be true or false";
    }
    return {};
}

// Tags travel as set operations: {"add": [tag...], "remove": {tag: [add-version...]}}.
std::string tagsRule(const Json &v)
{
    if (!v.is_object())
        return "must be a set operation";
    for (const auto &[k, item] : v.items()) {
        if (k == "add") {
            if (auto e = stringList(item, 64, [](const std::string &t) { return !t.empty() && t.size() <= 64; });
                !e.empty())
                return e;
        } else if (k == "remove") {
            if (!item.is_object() || item.size() > 64)
                return "remove must map tags to versions";
            for (const auto &[tag, versions] : item.items())
                if (tag.empty() || tag.size() > 64 || !stringList(versions, 256, [](const std::string &s) {
                        return !s.empty() && Version::parse(s).has_value();
                    }).empty())
                    return "remove has a bad entry";
        } else {
            return "has an unknown operation " + k;
        }
    }
    return {};
}

const std::map<std::string, Rule> &rules()
{
    static const std::map<std::string, Rule> table {
        { "contribution.prompt_id", idRule },
        { "contribution.device_id", idRule },
        { "contribution.site_id", idRule },
        { "contribution.created_at", timestampRule },
        { "contribution.format", oneOf({ "speak", "write", "faces", "pictures", "draw" }) },
        { "contribution.language", languageRule },
        { "contribution.rating",
            [](const Json &v) {
                return v.get<std::int64_t>() >= 1 && v.get<std::int64_t>() <= 5 ? std::string() : "must be 1 to 5";
            } },
        { "contribution.symbols", symbolsRule },
        { "contribution.media",
            [](const Json &v) { return stringList(v, 16, [](const std::string &s) { return isSha256Hex(s); }); } },
        { "contribution.consent", consentRule },
        { "contribution.tags", tagsRule },
        { "contribution.status", oneOf({ "new", "reviewed", "acted_on" }) },
        { "contribution.reference", idRule },
        { "contribution.withdrawn", onlyTrue },
        { "vote.withdrawn", onlyTrue },
        { "published_idea.withdrawn", onlyTrue },
        { "support.withdrawn", onlyTrue },
        { "prompt.formats",
            [](const Json &v) {
                return stringList(v, 5, [](const std::string &s) {
                    return s == "speak" || s == "write" || s == "faces" || s == "pictures" || s == "draw";
                });
            } },
        { "prompt.sites",
            [](const Json &v) { return stringList(v, 256, [](const std::string &s) { return isValidId(s); }); } },
        { "prompt.active_from", timestampRule },
        { "prompt.active_until", timestampRule },
        { "outcome.happened_at", timestampRule },
        { "outcome.sites",
            [](const Json &v) { return stringList(v, 256, [](const std::string &s) { return isValidId(s); }); } },
        { "outcome.prompt_ids",
            [](const Json &v) { return stringList(v, 256, [](const std::string &s) { return isValidId(s); }); } },
        { "outcome.status", oneOf({ "heard", "planned", "doing", "done", "not_possible" }) },
        { "outcome.status_dates", statusDatesRule },
        { "outcome.idea_ids", idListRule },
        { "contribution.group_session_id", idRule },
        { "group_session.device_id", idRule },
        { "group_session.site_id", idRule },
        { "group_session.language", languageRule },
        { "group_session.started_at", timestampRule },
        { "group_session.ended_at", timestampRule },
        { "group_session.dots", between(1, 10) },
        { "group_session.participants", between(1, 50) },
        { "vote.session_id", idRule },
        { "vote.idea_id", idRule },
        { "vote.participant", between(1, 50) },
        { "vote.dots", between(0, 10) },
        { "vote.cast_at", timestampRule },
        { "vote.device_id", idRule },
        { "published_idea.source_id", idRule },
        { "published_idea.group_session_id", idRule },
        { "published_idea.sites", idListRule },
        { "published_idea.published_at", timestampRule },
        { "support.idea_id", idRule },
        { "support.device_id", idRule },
        { "support.site_id", idRule },
        { "support.created_at", timestampRule },
    };
    return table;
}

std::string validateVersionText(const std::string &where, const std::string &version)
{
    auto parsed = Version::parse(version);
    if (version.empty() || !parsed)
        return where + "has a bad version";
    if (!isValidId(parsed->deviceId))
        return where + "has a version with a bad device id";
    return {};
}

// Conflict notes come from the server; a device checks them as it checks fields before storing them.
std::string validateNotes(const Change &change, const KindSpec &kind)
{
    for (const auto &c : change.conflicts) {
        const FieldSpec *spec = kind.field(c.field);
        if (!spec || c.field == "tags")
            return "a conflict names no conflicting field of " + change.kind + ": " + c.field;
        const std::string where = "conflict on " + change.kind + "." + c.field + " ";
        for (const auto *v : {&c.losingVersion, &c.winningVersion})
            if (auto e = validateVersionText(where, *v); !e.empty())
                return e;
        if (auto e = validateFieldValue(*spec, c.losingValue); !e.empty())
            return where + e;
        if (auto e = allStringsUtf8(c.losingValue); !e.empty())
            return where + e;
    }
    for (const auto &s : change.settled) {
        if (!kind.field(s.field))
            return "a settled conflict names no field of " + change.kind + ": " + s.field;
        if (auto e = validateVersionText("settled conflict on " + change.kind + "." + s.field + " ", s.losingVersion);
            !e.empty())
            return e;
    }
    return {};
}

} // namespace

std::string validateChange(const Change &change)
{
    if (!isValidId(change.changeId))
        return "change id is not a valid id";
    if (!isValidId(change.recordId))
        return "record id is not a valid id";
    const KindSpec *kind = Schema::instance().kind(change.kind);
    if (!kind)
        return "unknown kind " + change.kind;
    if (change.fields.empty() && change.conflicts.empty() && change.settled.empty())
        return "a change must set at least one field";
    if (auto e = validateNotes(change, *kind); !e.empty())
        return e;
    for (const auto &[name, f] : change.fields) {
        const FieldSpec *spec = kind->field(name);
        if (!spec)
            return "unknown field " + change.kind + "." + name;
        const std::string where = change.kind + "." + name + " ";
        if (auto e = validateVersionText(where, f.version); !e.empty())
            return e;
        if (!Version::parse(f.base))
            return where + "has a bad base version";
        if (name == "tags") {
            if (auto e = tagsRule(f.value); !e.empty())
                return where + e;
            if (auto e = allStringsUtf8(f.value); !e.empty())
                return where + e;
            continue;
        }
        if (auto e = validateFieldValue(*spec, f.value); !e.empty())
            return e;
        if (auto e = allStringsUtf8(f.value); !e.empty())
            return where + e;
        if (f.value.is_null() || seal::isSealedValue(f.value))
            continue;
        if (auto rule = rules().find(change.kind + "." + name); rule != rules().end())
            if (auto e = rule->second(f.value); !e.empty())
                return where + e;
    }
    return {};
}

} // namespace chorus::sync::protocol
