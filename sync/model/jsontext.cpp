#include "model/jsontext.h"

namespace chorus::sync::jsontext {

namespace {

// Length of the valid UTF-8 sequence starting at s[i] (a byte >= 0x80), or 0 when it is not one.
std::size_t utf8Length(const unsigned char *s, std::size_t i, std::size_t n)
{
    const unsigned char c = s[i];
    std::size_t extra;
    unsigned char lo = 0x80, hi = 0xBF; // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        if (c == 0xE0)
            lo = 0xA0; // overlong
        else if (c == 0xED)
            hi = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        if (c == 0xF0)
            lo = 0x90; // overlong
        else if (c == 0xF4)
            hi = 0x8F; // beyond U+10FFFF
    } else {
        return 0;
    }
    if (i + extra >= n || s[i + 1] < lo || s[i + 1] > hi)
        return 0;
    for (std::size_t k = 2; k <= extra; ++k)
        if ((s[i + k] & 0xC0) != 0x80)
            return 0;
    return extra + 1;
}

void appendKeyed(std::string &out, std::string_view key, bool &first)
{
    out += first ? '{' : ',';
    first = false;
    appendString(out, key);
    out += ':';
}

// Appends `key` and a list of objects, each written by `write`; nothing when the list is empty.
template <typename Item, typename Write>
void appendObjects(std::string &out, bool &first, std::string_view key, const std::vector<Item> &items, Write &&write)
{
    if (items.empty())
        return;
    appendKeyed(out, key, first);
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        bool f = true;
        write(items[i], f);
        out += '}';
    }
    out += ']';
}

} // namespace

void appendString(std::string &out, std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t n = text.size();
    out += '"';
    std::size_t run = 0; // start of the bytes not yet copied
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const std::size_t len = utf8Length(s, i, n);
            if (len == 0)
                throw nlohmann::json::type_error::create(316, "invalid UTF-8 byte at index " + std::to_string(i), nullptr);
            i += len;
            continue;
        }
        out.append(text.data() + run, i - run);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
        run = ++i;
    }
    out.append(text.data() + run, n - run);
    out += '"';
}

void append(std::string &out, const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::string:
        appendString(out, value.get_ref<const std::string &>());
        return;
    case nlohmann::json::value_t::object: {
        if (value.empty()) {
            out += "{}";
            return;
        }
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            appendKeyed(out, it.key(), first);
            append(out, it.value());
        }
        out += '}';
        return;
    }
    case nlohmann::json::value_t::array: {
        out += '[';
        bool first = true;
        for (const auto &item : value) {
            if (!first)
                out += ',';
            first = false;
            append(out, item);
        }
        out += ']';
        return;
    }
    default:
        // Numbers, booleans and null: short, and the number formats are nlohmann's to decide.
        out += value.dump();
        return;
    }
}

std::string dump(const nlohmann::json &value)
{
    std::string out;
    append(out, value);
    return out;
}

std::string changeText(const Change &change)
{
    // Keys in the order nlohmann::json's sorted objects write them, so the text is the same.
    std::string out;
    out.reserve(256);
    bool first = true;
    appendObjects(out, first, "conflicts", change.conflicts, [&out](const ConflictNote &c, bool &f) {
        appendKeyed(out, "field", f);
        appendString(out, c.field);
        appendKeyed(out, "value", f);
        append(out, c.losingValue);
        appendKeyed(out, "version", f);
        appendString(out, c.losingVersion);
        appendKeyed(out, "winner", f);
        appendString(out, c.winningVersion);
    });
    appendKeyed(out, "fields", first);
    if (change.fields.empty())
        out += "{}";
    bool firstField = true;
    for (const auto &[name, f] : change.fields) {
        appendKeyed(out, name, firstField);
        bool k = true;
        if (!f.base.empty()) {
            appendKeyed(out, "base", k);
            appendString(out, f.base);
        }
        appendKeyed(out, "value", k);
        append(out, f.value);
        appendKeyed(out, "version", k);
        appendString(out, f.version);
        out += '}';
    }
    if (!change.fields.empty())
        out += '}';
    appendKeyed(out, "id", first);
    appendString(out, change.changeId);
    appendKeyed(out, "kind", first);
    appendString(out, change.kind);
    appendKeyed(out, "record", first);
    appendString(out, change.recordId);
    if (!change.sealed.empty()) {
        appendKeyed(out, "sealed", first);
        appendString(out, change.sealed);
    }
    appendObjects(out, first, "settled", change.settled, [&out](const SettledNote &n, bool &f) {
        appendKeyed(out, "field", f);
        appendString(out, n.field);
        appendKeyed(out, "version", f);
        appendString(out, n.losingVersion);
    });
    out += '}';
    return out;
}

} // namespace chorus::sync::jsontext
