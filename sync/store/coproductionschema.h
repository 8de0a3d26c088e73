#pragma once
// The tables co-production added (group sessions, their votes, published ideas and their "me too"
// supports, the accountability board's outcome status, an idea's session): one frozen schema step
// that the device ladder and the server's ladder both run. Never edit it; add a later step.

namespace chorus::sync {

inline constexpr const char *kCoproductionStep[] = {
    "CREATE TABLE group_sessions (id TEXT PRIMARY KEY, question TEXT, device_id TEXT, site_id TEXT, language TEXT,"
    " started_at INTEGER, ended_at INTEGER, dots INTEGER, hide_votes INTEGER, participants INTEGER, next_step TEXT,"
    " versions TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE votes (id TEXT PRIMARY KEY, session_id TEXT, idea_id TEXT, participant INTEGER, dots INTEGER,"
    " cast_at INTEGER, device_id TEXT, versions TEXT NOT NULL DEFAULT '{}')",
    "CREATE INDEX votes_session ON votes (session_id)",
    "CREATE TABLE published_ideas (id TEXT PRIMARY KEY, text TEXT, symbol TEXT, source_id TEXT, group_session_id TEXT,"
    " sites TEXT, published_at INTEGER, published INTEGER, versions TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE supports (id TEXT PRIMARY KEY, idea_id TEXT, device_id TEXT, site_id TEXT, created_at INTEGER,"
    " versions TEXT NOT NULL DEFAULT '{}')",
    "CREATE INDEX supports_idea ON supports (idea_id)",
    "ALTER TABLE outcomes ADD COLUMN status TEXT",
    "ALTER TABLE outcomes ADD COLUMN status_reason TEXT",
    "ALTER TABLE outcomes ADD COLUMN status_dates TEXT",
    "ALTER TABLE outcomes ADD COLUMN idea_ids TEXT",
    "ALTER TABLE contributions ADD COLUMN group_session_id TEXT",
};

// A published idea is withdrawn with the answer it came from, a vote with its idea and a support with
// its published idea: each takes the tombstone an answer takes, in a column of its own. Frozen.
inline constexpr const char *kCoproductionRemovalStep[] = {
    "ALTER TABLE votes ADD COLUMN withdrawn INTEGER",
    "ALTER TABLE published_ideas ADD COLUMN withdrawn INTEGER",
    "ALTER TABLE supports ADD COLUMN withdrawn INTEGER",
    "CREATE INDEX published_ideas_source ON published_ideas (source_id)",
    "CREATE INDEX votes_idea ON votes (idea_id)",
};

} // namespace chorus::sync
