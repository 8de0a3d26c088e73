#pragma once
// The SQLite search index of written answers, a batch at a time. FTS5 writes its pending words out
// as a new segment of the index at every statement savepoint once it is part of a transaction, so a
// trigger indexing each inserted answer made every answer a segment of its own (13% of a push). Since
// server schema step 10 the insert trigger only queues the answer's row number
// (contribution_search_pending) and the batch indexes all it queued in one statement. Changes and
// removals of text are still indexed at once by the step 3 triggers.

#include "sql/connection.h"

namespace chorus::server::searchindex {

// Indexes every queued answer and empties the queue, inside the caller's transaction. Nothing to do
// on PostgreSQL, whose GIN index follows every row by itself.
void catchUp(sql::Connection &db);

} // namespace chorus::server::searchindex
