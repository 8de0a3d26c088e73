#include "protocol/batchdecoder.h"

#include "protocol/validation.h"

#include <map>
#include <stdexcept>

namespace chorus::sync::protocol {

namespace {

using Json = nlohmann::json;

// A member that must be text: absent, text, or something else.
struct TextSlot {
    enum class State { Absent, Text, Other } state = State::Absent;
    std::string text;
};

const std::string &requireText(const TextSlot &slot, const std::string &message)
{
    if (slot.state != TextSlot::State::Text)
        throw std::invalid_argument(message);
    return slot.text;
}

struct RawField {
    bool isObject = false;
    bool hasValue = false;
    Json value;
    TextSlot version, base;
};

// One change as sent, kept raw until its object ends, then checked in the order changeFromJson checks
// a tree, so the same body gets the same refusal.
struct RawChange {
    TextSlot id, kind, record, sealed;
    enum class Fields { Absent, Object, Other } fieldsState = Fields::Absent;
    // Sorted by name, as a tree's object is: the first bad field named is the same one.
    std::map<std::string, RawField> fields;
    // "conflicts" and "settled" as sent, rare and small: read by the tree code.
    Json notes = Json::object();

    Change finish()
    {
        Change change;
        change.changeId = requireText(id, "change.id must be a string");
        change.kind = requireText(kind, "change.kind must be a string");
        change.recordId = requireText(record, "change.record must be a string");
        if (fieldsState != Fields::Object)
            throw std::invalid_argument("change.fields must be an object");
        for (auto &[name, f] : fields) {
            if (!f.isObject || !f.hasValue)
                throw std::invalid_argument("change.fields." + name + " must be an object with a value");
            FieldChange out;
            out.value = std::move(f.value);
            out.version = requireText(f.version, "change.version must be a string");
            if (f.base.state == TextSlot::State::Other)
                throw std::invalid_argument("change.fields." + name + ".base must be a string");
            out.base = std::move(f.base.text);
            change.fields.emplace(name, std::move(out));
        }
        if (sealed.state == TextSlot::State::Other)
            throw std::invalid_argument("change.sealed must be a string");
        change.sealed = std::move(sealed.text);
        notesFromJson(notes, change);
        return change;
    }
};

class BatchSax {
public:
    explicit BatchSax(DecodedBatch &out)
        : m_out(out)
    { }

    bool null() { return scalar(Json(nullptr)); }
    bool boolean(bool b) { return scalar(Json(b)); }
    bool number_integer(Json::number_integer_t n) { return scalar(Json(n)); }
    bool number_unsigned(Json::number_unsigned_t n) { return scalar(Json(n)); }
    bool number_float(Json::number_float_t n, const std::string &) { return scalar(Json(n)); }
    bool binary(Json::binary_t &b) { return scalar(Json(std::move(b))); }
    bool string(std::string &s)
    {
        if (m_skip > 0)
            return true;
        if (m_capture)
            return m_capture->string(s);
        const Route r = route(false, false);
        if (r == Route::Text) {
            m_text->state = TextSlot::State::Text;
            m_text->text = std::move(s);
        } else if (r == Route::Capture) {
            *m_target = std::move(s);
        }
        return true;
    }

    bool start_object(std::size_t n)
    {
        if (++m_depth > kMaxJsonDepth)
            return false;
        return open(true, n);
    }
    bool start_array(std::size_t n)
    {
        if (++m_depth > kMaxJsonDepth)
            return false;
        return open(false, n);
    }
    bool end_object() { return close(true); }
    bool end_array() { return close(false); }

    bool key(std::string &k)
    {
        if (m_skip > 0)
            return true;
        if (m_capture)
            return m_capture->key(k);
        m_levels.back().key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) { return false; }

private:
    enum class Level { Top, List, Change, Fields, Field };
    struct Frame {
        Level level;
        std::string key;
    };
    // Where the value starting now goes.
    enum class Route { Skip, Capture, Text, Top, List, Change, Fields, Field };

    Route route(bool container, bool object)
    {
        if (m_levels.empty()) {
            m_out.isObject = object;
            return object ? Route::Top : Route::Skip;
        }
        Frame &f = m_levels.back();
        switch (f.level) {
        case Level::Top:
            if (f.key == "batch") {
                m_target = &m_out.batch;
                return Route::Capture;
            }
            if (f.key == "changes") {
                // A second "changes" replaces the first, as in a tree.
                m_out.changes.clear();
                m_out.count = 0;
                m_out.firstError.reset();
                m_out.changesState = container && !object ? DecodedBatch::Changes::List : DecodedBatch::Changes::NotAList;
                return container && !object ? Route::List : Route::Skip;
            }
            return Route::Skip;
        case Level::List:
            ++m_out.count;
            if (m_out.firstError)
                return Route::Skip;
            if (!object) {
                m_out.firstError = "change must be an object";
                return Route::Skip;
            }
            m_change = RawChange {};
            return Route::Change;
        case Level::Change:
            if (f.key == "id" || f.key == "kind" || f.key == "record" || f.key == "sealed") {
                m_text = f.key == "id"   ? &m_change.id
                    : f.key == "kind"    ? &m_change.kind
                    : f.key == "record"  ? &m_change.record
                                         : &m_change.sealed;
                return Route::Text;
            }
            if (f.key == "fields") {
                m_change.fields.clear();
                m_change.fieldsState = object ? RawChange::Fields::Object : RawChange::Fields::Other;
                return object ? Route::Fields : Route::Skip;
            }
            if (f.key == "conflicts" || f.key == "settled") {
                m_target = &m_change.notes[f.key];
                return Route::Capture;
            }
            return Route::Skip;
        case Level::Fields:
            m_field = &m_change.fields[f.key];
            *m_field = RawField {};
            m_field->isObject = object;
            return object ? Route::Field : Route::Skip;
        case Level::Field:
            if (f.key == "value") {
                m_field->hasValue = true;
                m_target = &m_field->value;
                return Route::Capture;
            }
            if (f.key == "version" || f.key == "base") {
                m_text = f.key == "version" ? &m_field->version : &m_field->base;
                return Route::Text;
            }
            return Route::Skip;
        }
        return Route::Skip;
    }

    static Level levelOf(Route r)
    {
        switch (r) {
        case Route::List:
            return Level::List;
        case Route::Change:
            return Level::Change;
        case Route::Fields:
            return Level::Fields;
        case Route::Field:
            return Level::Field;
        default:
            return Level::Top;
        }
    }

    bool scalar(Json &&v)
    {
        if (m_skip > 0)
            return true;
        if (m_capture)
            return m_capture->handle(std::move(v));
        switch (route(false, false)) {
        case Route::Capture:
            *m_target = std::move(v);
            break;
        case Route::Text:
            m_text->state = TextSlot::State::Other;
            break;
        default:
            break;
        }
        return true;
    }

    bool open(bool object, std::size_t n)
    {
        if (m_skip > 0) {
            ++m_skip;
            return true;
        }
        if (m_capture) {
            ++m_captureDepth;
            return object ? m_capture->startObject(n) : m_capture->startArray(n);
        }
        const Route r = route(true, object);
        switch (r) {
        case Route::Skip:
            m_skip = 1;
            return true;
        case Route::Text:
            m_text->state = TextSlot::State::Other;
            m_skip = 1;
            return true;
        case Route::Capture:
            m_capture.emplace(*m_target);
            m_captureDepth = 1;
            return object ? m_capture->startObject(n) : m_capture->startArray(n);
        case Route::Top:
        case Route::List:
        case Route::Change:
        case Route::Fields:
        case Route::Field:
            m_levels.push_back({ levelOf(r), {} });
            return true;
        }
        return true;
    }

    bool close(bool object)
    {
        --m_depth;
        if (m_skip > 0) {
            --m_skip;
            return true;
        }
        if (m_capture) {
            const bool ok = object ? m_capture->endObject() : m_capture->endArray();
            if (--m_captureDepth == 0)
                m_capture.reset();
            return ok;
        }
        const Level ended = m_levels.back().level;
        m_levels.pop_back();
        if (ended == Level::Change) {
            try {
                m_out.changes.push_back(m_change.finish());
            } catch (const std::invalid_argument &e) {
                m_out.firstError = e.what();
            }
        }
        return true;
    }

    // Builds a captured value (a field's value, "batch", the notes) as a tree: they are small.
    class Capture {
    public:
        explicit Capture(Json &target)
            : m_dom(target, false)
        { }
        bool handle(Json &&v)
        {
            switch (v.type()) {
            case Json::value_t::null:
                return m_dom.null();
            case Json::value_t::boolean:
                return m_dom.boolean(v.get<bool>());
            case Json::value_t::number_integer:
                return m_dom.number_integer(v.get<Json::number_integer_t>());
            case Json::value_t::number_unsigned:
                return m_dom.number_unsigned(v.get<Json::number_unsigned_t>());
            case Json::value_t::number_float:
                return m_dom.number_float(v.get<Json::number_float_t>(), {});
            case Json::value_t::string:
                return m_dom.string(v.get_ref<std::string &>());
            case Json::value_t::binary:
                return m_dom.binary(v.get_binary());
            default:
                return false;
            }
        }
        bool string(std::string &s) { return m_dom.string(s); }
        bool key(std::string &k) { return m_dom.key(k); }
        bool startObject(std::size_t n) { return m_dom.start_object(n); }
        bool startArray(std::size_t n) { return m_dom.start_array(n); }
        bool endObject() { return m_dom.end_object(); }
        bool endArray() { return m_dom.end_array(); }

    private:
        nlohmann::detail::json_sax_dom_parser<Json> m_dom;
    };

    DecodedBatch &m_out;
    std::vector<Frame> m_levels;
    std::size_t m_depth = 0;
    std::size_t m_skip = 0;
    std::optional<Capture> m_capture;
    std::size_t m_captureDepth = 0;
    Json *m_target = nullptr;
    TextSlot *m_text = nullptr;
    RawChange m_change;
    RawField *m_field = nullptr;
};

} // namespace

DecodedBatch decodeBatch(std::string_view text)
{
    DecodedBatch out;
    BatchSax sax(out);
    out.valid = Json::sax_parse(text, &sax, Json::input_format_t::json, true);
    if (!out.valid)
        return DecodedBatch {};
    return out;
}

DecodedBatch decodeBatch(Json &&request)
{
    DecodedBatch out;
    out.valid = !request.is_discarded();
    out.isObject = request.is_object();
    if (!out.valid || !out.isObject)
        return out;
    if (auto batch = request.find("batch"); batch != request.end())
        out.batch = std::move(*batch);
    auto changes = request.find("changes");
    if (changes == request.end())
        return out;
    if (!changes->is_array()) {
        out.changesState = DecodedBatch::Changes::NotAList;
        return out;
    }
    out.changesState = DecodedBatch::Changes::List;
    out.count = changes->size();
    for (auto &c : *changes) {
        try {
            out.changes.push_back(changeFromJson(std::move(c)));
        } catch (const std::invalid_argument &e) {
            out.firstError = e.what();
            break;
        }
    }
    return out;
}

} // namespace chorus::sync::protocol
