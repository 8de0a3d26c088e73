#pragma once
// Tables for what people chose: each organisation's retention period and the anonymous counts a
// retention purge keeps. Created if missing, like the dashboard's own tables.

#include "sql/connection.h"

namespace chorus::server::dashboard {

void ensurePrivacySchema(sql::Connection &db);

} // namespace chorus::server::dashboard
