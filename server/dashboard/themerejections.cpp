#include "themerejections.h"

#include "clock/hlc.h"
#include "secrets.h"

#include <algorithm>

namespace chorus::server::dashboard {

ThemeRejections::ThemeRejections(sql::Connection &db, std::string orgId)
    : m_db(db)
    , m_orgId(std::move(orgId))
{ }

std::string ThemeRejections::keyOf(const ThemeSuggestion &suggestion)
{
    std::string text;
    for (const auto &word : suggestion.label)
        text += word + ' ';
    std::vector<std::string> members = suggestion.members;
    std::sort(members.begin(), members.end());
    members.resize(std::min<std::size_t>(members.size(), 3));
    text += '|';
    for (const auto &id : members)
        text += id + ' ';
    return secrets::sha256Hex(text);
}

bool ThemeRejections::isKey(const std::string &text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

std::set<std::string> ThemeRejections::all() const
{
    std::set<std::string> out;
    auto s = m_db.prepare("SELECT suggestion FROM theme_rejections WHERE org_id = ?1");
    s.bind(1, m_orgId);
    while (s.step())
        out.insert(s.text(0));
    return out;
}

void ThemeRejections::reject(const std::string &key)
{
    m_db.prepare("INSERT INTO theme_rejections (org_id, suggestion, rejected_at) VALUES (?1, ?2, ?3)"
                 " ON CONFLICT (org_id, suggestion) DO NOTHING")
        .bind(1, m_orgId)
        .bind(2, key)
        .bind(3, sync::HybridClock::systemWallMs())
        .run();
}

} // namespace chorus::server::dashboard
