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
        kinds::Contribution,
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
            // 200 characters in any script: up to four bytes each in UTF-8 (Arabic takes two).
            {"contact_name", T::Text, true, 800, true},
            {"contact_detail", T::Text, true, 800, true},
            {"tags", T::Json, false, 4096},
            {"status", T::Text, false, 16},
            {"reference", T::Text, false, 16},
            {"redacted", T::Boolean, false, 5},
            {"withdrawn", T::Boolean, false, 5},
            // Taken on an outreach tablet: the worker's session (an outreach_session record), and
            // the worker who wrote or recorded it on the person's behalf (empty: the person answered).
            {"outreach_session_id", T::Text, false, 64},
            {"assisted_by", T::Text, false, 64},
            // The group session this answer is an idea of (co-production); empty for a visit.
            {"group_session_id", T::Text, false, 64},
        },
        true,
        true,
    });
    m_kinds.push_back(KindSpec{
        kinds::Prompt,
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
        kinds::Outcome,
        "outcomes",
        {
            {"said", T::Json, false, 8192},
            {"did", T::Json, false, 8192},
            {"happened_at", T::Integer, false, 20},
            {"prompt_ids", T::Json, false, 4096},
            {"themes", T::Json, false, 4096},
            {"sites", T::Json, false, 4096},
            {"published", T::Boolean, false, 5},
            // The accountability board: "heard", "planned", "doing", "done" or "not_possible".
            {"status", T::Text, false, 16},
            // Why it is not possible: {"en": "...", "cy": "...", "ar": "..."}
            {"status_reason", T::Json, false, 4096},
            // When each status was reached: {"heard": ms, "planned": ms, ...}
            {"status_dates", T::Json, false, 1024},
            // The published ideas and group-session ideas (contribution ids) this outcome answers.
            {"idea_ids", T::Json, false, 4096},
        },
        false,
    });
    // A facilitated group session on one tablet: a question, ideas (contributions naming it) and
    // dot votes. Only the tablet that ran it writes it, so it never clashes.
    m_kinds.push_back(KindSpec{
        kinds::GroupSession,
        "group_sessions",
        {
            {"question", T::Text, false, 2000},
            {"device_id", T::Text, false, 64},
            {"site_id", T::Text, false, 64},
            {"language", T::Text, false, 16},
            {"started_at", T::Integer, false, 20},
            {"ended_at", T::Integer, false, 20},
            {"dots", T::Integer, false, 3},
            {"hide_votes", T::Boolean, false, 5},
            {"participants", T::Integer, false, 4},
            // The facilitator's "what happens next".
            {"next_step", T::Text, false, 4000},
        },
        false,
        true,
    });
    // One participant's dots on one idea of a group session: a record of its own, never edited by
    // anyone else, so counts from any number of tablets add up without conflicts.
    m_kinds.push_back(KindSpec{
        kinds::Vote,
        "votes",
        {
            {"session_id", T::Text, false, 64},
            {"idea_id", T::Text, false, 64},
            {"participant", T::Integer, false, 4},
            {"dots", T::Integer, false, 3},
            {"cast_at", T::Integer, false, 20},
            {"device_id", T::Text, false, 64},
            // Withdrawn with the idea it counts for (see below).
            {"withdrawn", T::Boolean, false, 5},
        },
        true,
        true,
    });
    // An idea a coordinator publishes (redacted as needed) for kiosks to show as "ideas from people here".
    m_kinds.push_back(KindSpec{
        kinds::PublishedIdea,
        "published_ideas",
        {
            // {"en": "...", "cy": "...", "ar": "..."}
            {"text", T::Json, false, 4096},
            {"symbol", T::Text, false, 128},
            // The contribution it came from, if any (its words are the coordinator's rewrite).
            {"source_id", T::Text, false, 64},
            {"group_session_id", T::Text, false, 64},
            {"sites", T::Json, false, 4096},
            {"published_at", T::Integer, false, 20},
            {"published", T::Boolean, false, 5},
            // Withdrawn with the answer it came from (or by itself): the same tombstone as an
            // answer's, so every device drops it and no later edit brings it back.
            {"withdrawn", T::Boolean, false, 5},
        },
        true,
    });
    // One tap of "me too" on a kiosk for a published idea.
    m_kinds.push_back(KindSpec{
        kinds::Support,
        "supports",
        {
            {"idea_id", T::Text, false, 64},
            {"device_id", T::Text, false, 64},
            {"site_id", T::Text, false, 64},
            {"created_at", T::Integer, false, 20},
            // Withdrawn with the published idea it supports.
            {"withdrawn", T::Boolean, false, 5},
        },
        true,
        true,
    });
    // A picture card a coordinator adds for picture sorting: a picture and its words. A prompt names
    // it in its cards by the record's id, which is also what a sorted answer keeps as its symbol.
    m_kinds.push_back(KindSpec{
        kinds::PictureCard,
        "picture_cards",
        {
            // {"en": "...", "cy": "...", "ar": "..."}
            {"words", T::Json, false, 2048},
            // "picture:<sha256>", uploaded through the media path like a prompt's picture.
            {"symbol", T::Text, false, 128},
            {"retired", T::Boolean, false, 5},
        },
        false,
    });
    m_kinds.push_back(KindSpec{
        kinds::Setting,
        "settings",
        {
            {"value", T::Json, false, 4096},
        },
        false,
    });
    // Outreach workers a coordinator publishes to outreach tablets: a name to choose and the hash of
    // their personal PIN (libsodium's crypto_pwhash_str); the PIN itself is never sent or kept.
    m_kinds.push_back(KindSpec{
        kinds::Worker,
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
        kinds::OutreachSession,
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
