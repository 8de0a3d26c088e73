#include "model/schema.h"

namespace chorus::sync {

const FieldSpec *KindSpec::field(std::string_view fieldName) const
{
    for (const auto &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

const Schema &Schema::instance()
{
    static const Schema schema;
    return schema;
}

const KindSpec *Schema::kind(std::string_view name) const
{
    for (const auto &k : m_kinds)
        if (k.name == name)
            return &k;
    return nullptr;
}

Schema::Schema()
{
    using T = FieldType;
    m_kinds.push_back(KindSpec{
        "contribution",
        "contributions",
        {
            {"prompt_id", T::Text, false, 64},
            {"device_id", T::Text, false, 64},
            {"site_id", T::Text, false, 64},
            {"created_at", T::Integer, false, 20},
            {"format", T::Text, false, 16},
            {"language", T::Text, false, 16},
            {"text", T::Text, true, 20000, true},
            {"rating", T::Integer, true, 2, true},
            // [{"symbol": "bus", "pile": "good"|"unsure"|"bad"}]
            {"symbols", T::Json, true, 4096, true},
            // ["<sha256>", ...]
            {"media", T::Json, true, 2048},
            // {"anonymous": true, "quote": bool, "contact": bool}
            {"consent", T::Json, false, 256, true},
            {"contact_name", T::Text, true, 200, true},
            {"contact_detail", T::Text, true, 200, true},
            {"tags", T::Json, false, 4096},
            {"status", T::Text, false, 16},
            {"reference", T::Text, false, 16},
            {"redacted", T::Boolean, false, 5},
            {"withdrawn", T::Boolean, false, 5},
            // Taken on an outreach tablet: the worker's session (an outreach_session record), and
            // the worker who wrote or recorded it on the person's behalf (empty: the person answered).
            {"outreach_session_id", T::Text, false, 64},
            {"assisted_by", T::Text, false, 64},
        },
        true,
    });
    m_kinds.push_back(KindSpec{
        "prompt",
        "prompts",
        {
            // {"en": "...", "cy": "...", "ar": "..."}
            {"text", T::Json, false, 8192},
            {"symbol", T::Text, false, 128},
            // ["speak","write","faces","pictures","draw"]
            {"formats", T::Json, false, 256},
            // Cards offered for picture sorting: ["bus", "food", ...]
            {"cards", T::Json, false, 2048},
            {"active_from", T::Integer, false, 20},
            {"active_until", T::Integer, false, 20},
            // [] means every site of the organisation
            {"sites", T::Json, false, 4096},
            {"position", T::Integer, false, 20},
            {"retired", T::Boolean, false, 5},
        },
        false,
    });
    m_kinds.push_back(KindSpec{
        "outcome",
        "outcomes",
        {
            {"said", T::Json, false, 8192},
            {"did", T::Json, false, 8192},
            {"happened_at", T::Integer, false, 20},
            {"prompt_ids", T::Json, false, 4096},
            {"themes", T::Json, false, 4096},
            {"sites", T::Json, false, 4096},
            {"published", T::Boolean, false, 5},
        },
        false,
    });
    m_kinds.push_back(KindSpec{
        "setting",
        "settings",
        {
            {"value", T::Json, false, 4096},
        },
        false,
    });
    // Outreach workers a coordinator publishes to outreach tablets: a name to choose and the hash of
    // their personal PIN (libsodium's crypto_pwhash_str); the PIN itself is never sent or kept.
    m_kinds.push_back(KindSpec{
        "worker",
        "workers",
        {
            {"name", T::Text, false, 200},
            {"pin_hash", T::Text, false, 256},
            {"retired", T::Boolean, false, 5},
        },
        false,
    });
    // A worker's stretch of collecting at one place, started and ended on the tablet.
    m_kinds.push_back(KindSpec{
        "outreach_session",
        "outreach_sessions",
        {
            {"worker_id", T::Text, false, 64},
            // One of the organisation's sites, or empty with the place typed.
            {"site_id", T::Text, false, 64},
            {"place", T::Text, false, 200},
            {"started_at", T::Integer, false, 20},
            {"ended_at", T::Integer, false, 20},
        },
        false,
    });
}

} // namespace chorus::sync
