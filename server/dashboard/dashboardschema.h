#pragma once
// The dashboard's own tables (sessions, login attempts, roles, audit), kept apart from the sync
// tables so the server's migration ladder stays the server engineer's.

#include "sql/connection.h"

namespace chorus::server::dashboard {

// Creates the tables when missing; safe to call from every instance at start-up.
void ensureSchema(sql::Connection &db);

} // namespace chorus::server::dashboard
