// decodeBatch reads a push's text straight into Changes: checked against decoding the same text
// parsed as a tree (parsePeerJson, then changeFromJson per item), over valid batches and over
// thousands of damaged ones (members dropped, retyped, repeated; items that are not changes; broken
// text), so the server refuses exactly what it refused before, with the same words.

#include "check.h"
#include "model/change.h"
#include "protocol/batchdecoder.h"
#include "protocol/validation.h"

#include <random>

using namespace chorus::sync;
using namespace chorus::sync::protocol;
using Json = nlohmann::json;

namespace {

std::mt19937 rng(20261203);

int below(int n)
{
    return static_cast<int>(rng() % static_cast<unsigned>(n));
}

Json field(Json value, bool withBase)
{
    Json f { { "value", std::move(value) }, { "version", "0000019b2c3d4e5f.00000000.dev-1" } };
    if (withBase)
        f["base"] = "0000019b2c3d4e5e.00000000.dev-1";
    return f;
}

Json change(int i)
{
    Json c { { "id", "c-" + std::to_string(i) }, { "kind", "contribution" }, { "record", "r-" + std::to_string(i) },
        { "fields",
            { { "text", field({ { "$sealed", "AAEC" + std::to_string(i) } }, false) },
                { "created_at", field(1764130000000 + i, false) }, { "rating", field(i % 5 + 1, true) },
                { "consent", field({ { "anonymous", true }, { "quote", false } }, false) },
                { "tags", field({ { "add", { "housing", "bus" } } }, false) }, { "media", field(Json::array(), false) },
                { "language", field("cy", false) }, { "withdrawn", field(nullptr, false) } } } };
    if (i % 7 == 0)
        c["conflicts"] = Json::array({ { { "field", "text" }, { "value", "x" }, { "version", "v" }, { "winner", "w" } } });
    if (i % 3 == 0)
        c["sealed"] = "AgECAwQ" + std::to_string(i);
    if (i % 11 == 0)
        c["settled"] = Json::array({ { { "field", "text" }, { "version", "v" } } });
    return c;
}

Json batch(int n)
{
    Json changes = Json::array();
    for (int i = 0; i < n; ++i)
        changes.push_back(change(i));
    return { { "batch", "b-1" }, { "changes", changes }, { "protocol", 2 } };
}

Json randomValue()
{
    switch (below(8)) {
    case 0:
        return nullptr;
    case 1:
        return below(2) == 0;
    case 2:
        return below(1000) - 500;
    case 3:
        return 1.5;
    case 4:
        return "text";
    case 5:
        return Json::array({ 1, "a" });
    case 6:
        return Json::object({ { "value", 3 } });
    default:
        return Json::object();
    }
}

// Picks a random node of the tree (objects and arrays included) and damages it.
void damage(Json &j)
{
    Json *node = &j;
    for (int steps = below(6); steps > 0 && (node->is_object() || node->is_array()) && !node->empty(); --steps) {
        auto it = node->begin();
        std::advance(it, below(static_cast<int>(node->size())));
        node = &*it;
    }
    if (node->is_object() && !node->empty() && below(2) == 0) {
        auto it = node->begin();
        std::advance(it, below(static_cast<int>(node->size())));
        node->erase(it.key());
    } else {
        *node = randomValue();
    }
}

// Repeats a member in the text: a tree keeps the last, so must the decoder.
std::string repeatKey(std::string text)
{
    static const std::vector<std::string> keys
        = { "\"id\":", "\"kind\":", "\"fields\":", "\"value\":", "\"version\":", "\"base\":", "\"changes\":", "\"batch\":",
              "\"text\":", "\"conflicts\":", "\"sealed\":" };
    const std::string &k = keys[below(static_cast<int>(keys.size()))];
    const auto at = text.find(k);
    if (at == std::string::npos)
        return text;
    static const std::vector<std::string> values = { "1,", "\"x\",", "{},", "[],", "null,", "{\"value\":1},", "\"0000019b2c3d4e5f.00000000.dev-2\"," };
    return text.insert(at + k.size(), values[below(static_cast<int>(values.size()))] + k);
}

std::string breakText(std::string text)
{
    if (text.empty())
        return text;
    const auto at = static_cast<std::size_t>(below(static_cast<int>(text.size())));
    switch (below(4)) {
    case 0:
        return text.substr(0, at);
    case 1:
        text[at] = "{}[]\",:\\x\xff"[below(11)];
        return text;
    case 2:
        return std::string(70, '[') + text;
    default:
        return text.insert(at, "\xc3");
    }
}

std::string describe(const DecodedBatch &d)
{
    Json changes = Json::array();
    for (const auto &c : d.changes)
        changes.push_back(toJson(c));
    return Json { { "valid", d.valid }, { "object", d.isObject }, { "batch", d.batch },
        { "state", static_cast<int>(d.changesState) }, { "count", d.count }, { "changes", changes },
        { "error", d.firstError.value_or("-") } }
        .dump();
}

int mismatches = 0;

void compare(const std::string &text)
{
    const std::string straight = describe(decodeBatch(std::string_view(text)));
    const std::string viaTree = describe(decodeBatch(parsePeerJson(text)));
    if (straight != viaTree && ++mismatches <= 3)
        std::fprintf(stderr, "differs for %s\n  straight: %s\n  via tree: %s\n", text.substr(0, 400).c_str(),
            straight.substr(0, 400).c_str(), viaTree.substr(0, 400).c_str());
    CHECK(straight == viaTree);
}

} // namespace

int main()
{
    // A well-formed batch is decoded whole, every value as sent.
    const Json good = batch(30);
    const DecodedBatch d = decodeBatch(std::string_view(good.dump()));
    CHECK(d.valid && d.isObject && d.batch == "b-1");
    CHECK(d.changesState == DecodedBatch::Changes::List);
    CHECK_EQ(d.count, 30u);
    CHECK_EQ(d.changes.size(), 30u);
    CHECK(!d.firstError);
    for (std::size_t i = 0; i < d.changes.size(); ++i)
        CHECK(toJson(d.changes[i]) == toJson(changeFromJson(good["changes"][i])));

    // The first item that is not a change stops decoding; the items are still counted.
    Json bad = batch(5);
    bad["changes"][2]["fields"]["rating"].erase("version");
    const DecodedBatch b = decodeBatch(std::string_view(bad.dump()));
    CHECK_EQ(b.changes.size(), 2u);
    CHECK_EQ(b.count, 5u);
    CHECK(b.firstError == std::optional<std::string>("change.version must be a string"));

    CHECK(!decodeBatch(std::string_view(std::string(65, '[') + std::string(65, ']'))).valid);
    CHECK(!decodeBatch(std::string_view("{\"batch\":\"b\",\"changes\":[\"\xc3\"]}")).valid);

    for (int round = 0; round < 4000; ++round) {
        Json j = batch(1 + below(4));
        for (int k = below(3); k >= 0; --k)
            damage(j);
        std::string text = j.dump();
        if (below(3) == 0)
            text = repeatKey(text);
        if (below(5) == 0)
            text = breakText(text);
        compare(text);
    }
    compare("[]");
    compare("\"changes\"");
    compare("{\"changes\": {}}");
    compare("{\"changes\": [1, {\"id\": 2}]}");
    return chorus::test::tally().finish();
}
