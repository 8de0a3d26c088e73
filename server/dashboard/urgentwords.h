#pragma once
// Urgent concerns (safeguarding): an organisation's words and phrases, per language, that mark a
// written answer for urgent review the moment it reaches the server.

#include "serverdb.h"
#include "sql/connection.h"

#include <string>
#include <vector>

namespace chorus::server::dashboard {

// Marks each of `recordIds` (contributions of `orgId` whose words just arrived) urgent when its text
// holds one of the organisation's phrases for its language (any language when it has none).
// Case is ignored for ASCII letters. Answers how many it marked.
int markUrgentByWords(
    ServerDb &server, sql::Connection &db, const std::string &orgId, const std::vector<std::string> &recordIds);

} // namespace chorus::server::dashboard
