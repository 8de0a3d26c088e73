#pragma once
// The theme suggestions an organisation's coordinators rejected, so no coordinator or browser is
// shown them again. A suggestion is known by a digest of its label and its first answers' ids.

#include "sql/connection.h"
#include "themesuggester.h"

#include <set>
#include <string>

namespace chorus::server::dashboard {

class ThemeRejections {
public:
    ThemeRejections(sql::Connection &db, std::string orgId);
    // SHA-256 (hex) of the label and the three lowest member ids: the same while the group holds.
    [[nodiscard]] static std::string keyOf(const ThemeSuggestion &suggestion);
    [[nodiscard]] static bool isKey(const std::string &text);
    [[nodiscard]] std::set<std::string> all() const;
    void reject(const std::string &key);

private:
    sql::Connection &m_db;
    std::string m_orgId;
};

} // namespace chorus::server::dashboard
