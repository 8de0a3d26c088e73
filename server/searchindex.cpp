#include "searchindex.h"

namespace chorus::server::searchindex {

void catchUp(sql::Connection &db)
{
    if (db.dialect() != sql::Dialect::SQLite)
        return;
    {
        auto &any = db.cached("SELECT 1 FROM contribution_search_pending LIMIT 1");
        sql::StatementReset reset(any);
        if (!any.step())
            return;
    }
    // An answer whose text changed or went after it was queued was indexed, or taken out, by the
    // update and delete triggers already: only what the index does not hold yet goes in.
    db.cached("INSERT INTO contribution_search (rowid, text)"
              " SELECT i.n, r.text FROM contribution_search_pending p"
              " JOIN contribution_search_ids i ON i.n = p.n JOIN contributions r ON r.id = i.record_id"
              " WHERE r.text IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contribution_search s WHERE s.rowid = p.n)")
        .run();
    db.cached("DELETE FROM contribution_search_pending").run();
}

} // namespace chorus::server::searchindex
