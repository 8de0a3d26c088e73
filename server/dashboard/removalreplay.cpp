#include "removalreplay.h"

#include "recordwriter.h"
#include "removalledger.h"
#include "model/schema.h"

#include <cstdio>

namespace chorus::server::dashboard {

using Json = nlohmann::json;

namespace {
struct Held {
    bool exists = false;
    bool withdrawn = false;
    Json values = Json::object(); // text, media, redacted as the database holds them
};

Held held(sql::Connection &db, const std::string &orgId, const std::string &id)
{
    Held h;
    auto s = db.prepare("SELECT coalesce(r.withdrawn, 0), coalesce(r.redacted, 0), r.text, r.media FROM contributions r"
                        " JOIN record_owners o ON o.kind = 'contribution' AND o.record_id = r.id"
                        " WHERE r.id = ?1 AND o.org_id = ?2");
    s.bind(1, id).bind(2, orgId);
    if (!s.step())
        return h;
    h.exists = true;
    h.withdrawn = s.integer(0) != 0;
    h.values["redacted"] = s.integer(1) != 0;
    h.values["text"] = s.isNull(2) ? Json() : Json(s.text(2));
    h.values["media"] = s.isNull(3) ? Json() : Json::parse(s.text(3), nullptr, false);
    return h;
}

// Whether a record made from an answer (a published idea, a vote, a support) is held withdrawn.
bool heldWithdrawn(sql::Connection &db, const std::string &orgId, const sync::KindSpec &kind, const std::string &id)
{
    auto s = db.prepare("SELECT coalesce(r.withdrawn, 0) FROM " + kind.table + " r JOIN record_owners o ON o.kind = '"
        + kind.name + "' AND o.record_id = r.id WHERE r.id = ?1 AND o.org_id = ?2");
    s.bind(1, id).bind(2, orgId);
    return s.step() && s.integer(0) != 0;
}

// A redaction holds when every field it left is what the database holds.
bool redactionHolds(const Held &h, const Json &fields)
{
    for (const auto &[name, value] : fields.items())
        if (h.values.value(name, Json()) != value)
            return false;
    return true;
}

// Media files (and rows) a restore brought back, of answers removed after the backup.
void forgetMedia(sql::Connection &db, MediaStore &media, const RemovalNote &note)
{
    if (note.media.empty())
        return;
    db.transaction([&] {
        for (const auto &sha : note.media) {
            db.prepare("INSERT INTO purged_media (org_id, sha256) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .bind(1, note.orgId)
                .bind(2, sha)
                .run();
            db.prepare("DELETE FROM media WHERE org_id = ?1 AND sha256 = ?2").bind(1, note.orgId).bind(2, sha).run();
        }
    });
    media.removeFiles(note.orgId, note.media);
}
} // namespace

Json replayRemovals(ServerDb &server, MediaStore &media)
{
    const auto entries = RemovalLedger(RemovalLedger::besideMedia(media.root())).entries();
    auto lease = server.lease();
    int reapplied = 0;
    Json byAction = Json::object();
    WriteOptions options;
    options.forgetAtOnce = false;
    options.ledger = false; // already in the ledger
    for (const auto &note : entries) {
        if (note.orgId.empty() || note.recordId.empty())
            continue;
        const sync::KindSpec *kind = sync::Schema::instance().kind(note.kind);
        if (!kind || !kind->withdrawable)
            continue;
        const Held h = note.kind == sync::kinds::Contribution ? held(*lease, note.orgId, note.recordId)
                                                               : Held { true, heldWithdrawn(*lease, note.orgId, *kind, note.recordId) };
        bool applied = false;
        RecordWriter writer(server, *lease, media, note.orgId);
        if (note.action == "redaction" && note.kind == sync::kinds::Contribution) {
            if (h.exists && !h.withdrawn && !redactionHolds(h, note.fields)) {
                WriteOptions redaction = options;
                redaction.privacyWins = true;
                writer.write(sync::kinds::Contribution, note.recordId, note.fields, redaction);
                applied = true;
            }
        } else if (!h.withdrawn) {
            // Also when the restored database never held it: the withdrawn shell refuses it for
            // good should a device ever send it again.
            writer.write(note.kind, note.recordId, { { "withdrawn", true } }, options);
            applied = true;
        }
        forgetMedia(*lease, media, note);
        if (applied) {
            ++reapplied;
            byAction[note.action] = byAction.value(note.action, 0) + 1;
        }
    }
    if (reapplied > 0)
        server.forgetDeletedContent();
    return { { "entries", entries.size() }, { "reapplied", reapplied }, { "by_action", byAction } };
}

int runReplayCommand(const std::string &database, const std::string &mediaDir)
{
    try {
        ServerDb db(database);
        MediaStore media(mediaDir);
        std::printf("%s\n", replayRemovals(db, media).dump().c_str());
        return 0;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "chorus-server reapply-removals: %s\n", e.what());
        return 1;
    }
}

} // namespace chorus::server::dashboard
