// jsontext writes the same text as nlohmann::json::dump(), and refuses what dump() refuses: checked
// against dump() itself over random strings (control bytes, every UTF-8 length, broken sequences),
// random nested values and random changes.

#include "check.h"
#include "model/jsontext.h"

#include <random>

using namespace chorus::sync;
using Json = nlohmann::json;

namespace {

std::mt19937 rng(20261126);

int below(int n)
{
    return static_cast<int>(rng() % static_cast<unsigned>(n));
}

// Mostly valid text of every kind, sometimes a byte that breaks it.
std::string randomText()
{
    static const std::vector<std::string> pieces = {"a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\r", "\b", "\f",
        std::string(1, '\x01'), std::string(1, '\x1f'), std::string(1, '\x7f'), "\xc3\xa9", "\xd9\x85",
        "\xe2\x82\xac", "\xed\x9f\xbf", "\xef\xbf\xbf", "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf", "hello world"};
    static const std::vector<std::string> broken = {"\xc3", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",
        "\xf8", "\xff", "\x80", "\xe2\x82", "\xf0\x9f\x98"};
    std::string out;
    const int n = below(12);
    for (int i = 0; i < n; ++i)
        out += pieces[static_cast<std::size_t>(below(static_cast<int>(pieces.size())))];
    if (below(8) == 0)
        out.insert(static_cast<std::size_t>(below(static_cast<int>(out.size()) + 1)),
            broken[static_cast<std::size_t>(below(static_cast<int>(broken.size())))]);
    return out;
}

Json randomValue(int depth)
{
    switch (below(depth > 2 ? 5 : 7)) {
    case 0: return nullptr;
    case 1: return below(2) == 0;
    case 2: return static_cast<std::int64_t>(rng()) - (1ll << 31);
    case 3: return 0.5 * below(1000);
    case 4: return randomText();
    case 5: {
        Json a = Json::array();
        for (int i = below(4); i > 0; --i)
            a.push_back(randomValue(depth + 1));
        return a;
    }
    default: {
        Json o = Json::object();
        for (int i = below(4); i > 0; --i)
            o[randomText()] = randomValue(depth + 1);
        return o;
    }
    }
}

Change randomChange()
{
    Change c{randomText(), randomText(), randomText(), {}};
    for (int i = below(4); i > 0; --i)
        c.fields[randomText()] = FieldChange{randomValue(0), randomText(), below(2) ? randomText() : std::string()};
    for (int i = below(3) == 0 ? below(3) : 0; i > 0; --i)
        c.conflicts.push_back({randomText(), randomValue(1), randomText(), randomText()});
    for (int i = below(3) == 0 ? below(3) : 0; i > 0; --i)
        c.settled.push_back({randomText(), randomText()});
    if (below(3) == 0)
        c.sealed = randomText();
    return c;
}

// The text dump() writes, or "THROWS" when it refuses.
template <typename F>
std::string textOrThrows(F &&write)
{
    try {
        return write();
    } catch (const Json::type_error &) {
        return "THROWS";
    }
}

} // namespace

int main()
{
    int refused = 0;
    for (int i = 0; i < 20000; ++i) {
        const std::string s = randomText();
        const std::string expected = textOrThrows([&] { return Json(s).dump(); });
        refused += expected == "THROWS";
        std::string got = textOrThrows([&] {
            std::string out;
            jsontext::appendString(out, s);
            return out;
        });
        CHECK_EQ(got, expected);
    }
    // The generator must exercise both sides: text that is refused, and text that is written.
    CHECK(refused > 500);
    CHECK(refused < 15000);
    for (int i = 0; i < 5000; ++i) {
        const Json v = randomValue(0);
        CHECK_EQ(textOrThrows([&] { return jsontext::dump(v); }), textOrThrows([&] { return v.dump(); }));
    }
    for (int i = 0; i < 5000; ++i) {
        const Change c = randomChange();
        CHECK_EQ(textOrThrows([&] { return jsontext::changeText(c); }), textOrThrows([&] { return toJson(c).dump(); }));
    }
    // A change as sync sends it, read back the same.
    Change plain{"c-1", "contribution", "r-1", {}};
    plain.fields["text"] = FieldChange{"Caf\xc3\xa9 \"open\"\n", "v2", "v1"};
    const Change read = changeFromJson(Json::parse(jsontext::changeText(plain)));
    CHECK_EQ(read.fields.at("text").value, plain.fields.at("text").value);
    return chorus::test::tally().finish();
}
