#include "contactnotes.h"

namespace chorus::server::dashboard {

void forgetContactNotes(sql::Connection &db, const std::vector<RemovalNote> &removals)
{
    bool any = false;
    for (const auto &r : removals)
        any = any || r.action != "redaction";
    if (!any)
        return;
    db.transaction([&] {
        for (const auto &r : removals)
            if (r.action != "redaction")
                for (const char *table : { "contact_back", "urgent" })
                    db.prepare(std::string("DELETE FROM ") + table + " WHERE record_id = ?1").bind(1, r.recordId).run();
    });
}

} // namespace chorus::server::dashboard
