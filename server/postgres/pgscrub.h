#pragma once
// Removed content out of PostgreSQL's files. A DELETE or UPDATE leaves the old row version's bytes in
// the table, its TOAST table and its indexes; plain (auto)vacuum marks that space free without
// overwriting it; ANALYZE may have copied values into pg_statistic; and every change passed through
// the write-ahead log. So a withdrawal, redaction, retention purge or erasure is not yet gone from
// the disk when its transaction commits. The scrub rewrites the database's tables and indexes into
// new files (VACUUM FULL, after ANALYZE has replaced the statistics), then checkpoints and switches
// the WAL twice so the segments that carried the old bytes fall behind the redo point and are
// removed. Segments are deleted, not overwritten, only when the cluster runs with wal_recycle = off
// (see docs/operations.md). It takes each table's exclusive lock in turn, so it is batched (see
// ScrubSchedule), not run per removal.

#include "sql/connection.h"

namespace chorus::server::postgres {

// Runs the scrub on `db`, a connection of its own outside any transaction. Returns false without
// doing anything when another chorus-server instance is scrubbing the same database. Throws
// sql::Error for a step PostgreSQL refuses (CHECKPOINT needs the pg_checkpoint role and
// pg_switch_wal() an EXECUTE grant when the server's role is not a superuser).
bool scrubRemovedContent(sql::Connection &db);

// Whether the cluster renames old WAL segments for reuse (their old bytes intact until overwritten)
// rather than deleting them.
[[nodiscard]] bool recyclesWal(sql::Connection &db);

} // namespace chorus::server::postgres
