#pragma once
// A small seeded mutation engine shared by the fuzz tests: byte-level damage (flips, cuts,
// insertions, repeats) and value-level damage (a JSON value swapped for a hostile token, a key
// duplicated or dropped). Same seed, same inputs: a failure replays exactly.

#include "protocol/validation.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace chorus::test::fuzz {

using Json = nlohmann::json;

// The seed from CHORUS_FUZZ_SEED, or a fixed default so CI runs are repeatable.
inline std::uint64_t seedFromEnv(std::uint64_t fallback)
{
    const char *s = std::getenv("CHORUS_FUZZ_SEED");
    return s && *s ? std::strtoull(s, nullptr, 10) : fallback;
}

inline long iterationsFromEnv(long fallback)
{
    const char *s = std::getenv("CHORUS_FUZZ_ITERATIONS");
    const long n = s && *s ? std::strtol(s, nullptr, 10) : 0;
    return n > 0 ? n : fallback;
}

// Raw JSON text that makes parsers and validators work hard: extreme numbers, tokens JSON does
// not allow, wrong types, broken and odd text, and nesting deep enough to overflow a recursive walk.
inline std::vector<std::string> hostileTokens()
{
    std::vector<std::string> t { "null", "true", "false", "0", "-1", "1.5", "-0", "1e999", "-1e999",
        "18446744073709551615", "18446744073709551616", "-9223372036854775808", "-9223372036854775809",
        "99999999999999999999999999999999", "NaN", "Infinity", "\"\"", "[]", "{}", "[null]", "{\"\":null}",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\xff\xfe\"", "\"\xc0\xaf\"", "\"\xed\xa0\x80\"",
        "\"\xf4\x90\x80\x80\"", "\"../../etc/passwd\"", "\"'; DROP TABLE changelog; --\"", "\"a\\\"b\"",
        "\"0000019b2c3d4e5f.00000000.dev\"", "\"ffffffffffffffff.ffffffff.x\"", "\"kiosk\"", "\"coordinator\"",
        "\"withdrawn\"", "\"contribution\"", "\"prompt\"" };
    t.push_back("\"" + std::string(70, 'a') + "\"");
    t.push_back("\"" + std::string(70000, 'x') + "\"");
    t.push_back(std::string(64, '[') + std::string(64, ']'));
    t.push_back(std::string(5000, '[') + std::string(5000, ']'));
    // Deep enough that a recursive copy, dump or walk of the value would run out of stack.
    t.push_back(std::string(200000, '[') + std::string(200000, ']'));
    std::string objects;
    for (int i = 0; i < 100000; ++i)
        objects += "{\"a\":";
    objects += "1" + std::string(100000, '}');
    t.push_back(std::move(objects));
    return t;
}

class Mutator {
public:
    explicit Mutator(std::uint64_t seed)
        : m_rng(seed)
        , m_tokens(hostileTokens())
    { }

    std::size_t below(std::size_t n)
    {
        return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(m_rng);
    }

    const std::string &token() { return m_tokens[below(m_tokens.size())]; }

    // One to three mutations of `text`, each either on the bytes or on one value of the JSON.
    std::string mutate(const std::string &text)
    {
        std::string out = text;
        const std::size_t rounds = 1 + below(3);
        for (std::size_t r = 0; r < rounds; ++r)
            out = below(2) == 0 ? mutateBytes(out) : mutateValue(out);
        return out;
    }

    std::string mutateBytes(std::string s)
    {
        const std::size_t at = below(s.size() + 1);
        switch (below(7)) {
        case 0: // flip a bit
            if (!s.empty())
                s[below(s.size())] ^= static_cast<char>(1u << below(8));
            break;
        case 1: // cut short
            s.resize(at);
            break;
        case 2: // insert a hostile token anywhere
            s.insert(at, token());
            break;
        case 3: // insert a structural or odd byte
        {
            static const char bytes[] = { '{', '}', '[', ']', ',', ':', '"', '\\', '\0', '\x80', '\xff', '\xc3', '-' };
            s.insert(s.begin() + static_cast<std::ptrdiff_t>(at), bytes[below(sizeof bytes)]);
            break;
        }
        case 4: // drop a range
            if (!s.empty())
                s.erase(at, 1 + below(16));
            break;
        case 5: // repeat a range
            if (at < s.size())
                s.insert(at, s.substr(at, 1 + below(32)));
            break;
        default: // a random byte
            if (!s.empty())
                s[below(s.size())] = static_cast<char>(below(256));
            break;
        }
        return s;
    }

    // Parses the text; when it is JSON, damages one value inside it and writes it back, splicing in
    // raw tokens that a JSON library would never produce itself.
    std::string mutateValue(const std::string &text)
    {
        // Only JSON a peer's parser would hand on: the value mutations walk it recursively.
        Json j = sync::protocol::parsePeerJson(text);
        if (j.is_discarded())
            return mutateBytes(text);
        std::vector<Json *> nodes;
        collect(j, nodes);
        Json *target = nodes[below(nodes.size())];
        const std::string marker = "\"@@FUZZ@@\"";
        std::string replacement;
        switch (below(5)) {
        case 0: // the value becomes a hostile token
            *target = "@@FUZZ@@";
            replacement = token();
            break;
        case 1: // a key goes missing
            if (target->is_object() && !target->empty())
                target->erase(std::next(target->begin(), static_cast<std::ptrdiff_t>(below(target->size()))));
            break;
        case 2: // a key appears twice: the later one wins in most parsers, the earlier in some
            if (target->is_object() && !target->empty()) {
                auto it = std::next(target->begin(), static_cast<std::ptrdiff_t>(below(target->size())));
                (*target)["@@DUP@@"] = "@@FUZZ@@";
                replacement = "0," + Json(it.key()).dump() + ":" + token();
            }
            break;
        case 3: // a list grows by a copy of one of its items
            if (target->is_array() && !target->empty())
                target->push_back(Json((*target)[below(target->size())]));
            break;
        default: // a string grows or loses its content
            if (target->is_string())
                *target = below(2) == 0 ? std::string() : target->get<std::string>() + std::string(below(300), 'z');
            break;
        }
        std::string out = j.dump();
        if (!replacement.empty()) {
            if (auto dup = out.find("\"@@DUP@@\":\"@@FUZZ@@\""); dup != std::string::npos)
                out.replace(dup, 21, "\"@@DUP@@\":" + replacement);
            else if (auto at = out.find(marker); at != std::string::npos)
                out.replace(at, marker.size(), replacement);
        }
        return out;
    }

private:
    static void collect(Json &j, std::vector<Json *> &out)
    {
        out.push_back(&j);
        if (j.is_structured())
            for (auto &item : j)
                collect(item, out);
    }

    std::mt19937_64 m_rng;
    std::vector<std::string> m_tokens;
};

} // namespace chorus::test::fuzz
