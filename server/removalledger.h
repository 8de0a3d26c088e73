#pragma once
// The removal ledger: every withdrawal, redaction, retention purge and erasure, appended (and
// flushed to disk) as it happens, in a file beside the media folder and outside the database, so
// restoring a backup of the database and media cannot roll it back. Restoring re-applies it
// (dashboard::replayRemovals). It holds ids and what a redaction left, never what was removed.

#include "model/schema.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace chorus::server {

struct RemovalNote {
    std::string orgId;
    std::string recordId;
    std::string action; // withdrawal, redaction, retention, erasure
    // A redaction's fields as it left them (the redacted text, the media kept).
    nlohmann::json fields = nlohmann::json::object();
    std::vector<std::string> media = {}; // media files the removal deleted
    // What the record is: an answer, or what was made from one (a published idea, a vote, a support).
    std::string kind = sync::kinds::Contribution;
};

class RemovalLedger {
public:
    explicit RemovalLedger(std::filesystem::path file);
    // "<media folder>.removals": beside the media folder, in the server's own state folder, and in
    // neither a database backup nor a copy of the media folder.
    [[nodiscard]] static std::filesystem::path besideMedia(const std::filesystem::path &mediaRoot);

    // Appends and fsyncs; throws std::runtime_error when the file cannot be written.
    void append(const std::vector<RemovalNote> &notes);
    // Every entry, oldest first; a torn last line (a crash mid-append) is skipped.
    [[nodiscard]] std::vector<RemovalNote> entries() const;

private:
    std::filesystem::path m_file;
};

} // namespace chorus::server
