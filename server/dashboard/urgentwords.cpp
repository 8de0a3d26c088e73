#include "urgentwords.h"

#include "clock/hlc.h"
#include "urgentwebhook.h"

#include <algorithm>
#include <cctype>

namespace chorus::server::dashboard {

namespace {
std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
        [](unsigned char c) { return c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c); });
    return text;
}
} // namespace

int markUrgentByWords(
    ServerDb &server, sql::Connection &db, const std::string &orgId, const std::vector<std::string> &recordIds)
{
    if (recordIds.empty())
        return 0;
    std::vector<std::pair<std::string, std::string>> phrases; // language, lower-case phrase
    {
        // Cached: this runs after every push, and preparing cost more than running it.
        auto &s = db.cached("SELECT language, phrase FROM urgent_words WHERE org_id = ?1");
        sql::StatementReset reset(s);
        s.bind(1, orgId);
        while (s.step())
            phrases.emplace_back(s.text(0), lower(s.text(1)));
    }
    if (phrases.empty())
        return 0;
    std::vector<std::string> marked;
    db.transaction([&] {
        marked.clear();
        for (const auto &id : recordIds) {
            auto &s = db.cached("SELECT coalesce(text, ''), coalesce(language, '') FROM contributions WHERE id = ?1");
            sql::StatementReset reset(s);
            s.bind(1, id);
            if (!s.step())
                continue;
            const std::string text = lower(s.text(0)), language = s.text(1);
            const bool hit = std::any_of(phrases.begin(), phrases.end(), [&](const auto &p) {
                return (language.empty() || p.first == language) && text.find(p.second) != std::string::npos;
            });
            if (!hit)
                continue;
            auto &held = db.cached("SELECT 1 FROM urgent WHERE record_id = ?1");
            sql::StatementReset heldReset(held);
            held.bind(1, id);
            if (held.step())
                continue;
            db.cached("INSERT INTO urgent (record_id, org_id, marked_at, source, marked_by)"
                       " VALUES (?1, ?2, ?3, 'words', '') ON CONFLICT (record_id) DO NOTHING")
                .bind(1, id)
                .bind(2, orgId)
                .bind(3, sync::HybridClock::systemWallMs())
                .run();
            marked.push_back(id);
        }
    });
    for (const auto &id : marked)
        UrgentWebhook::notify(server, db, orgId, id, "words");
    return static_cast<int>(marked.size());
}

} // namespace chorus::server::dashboard
