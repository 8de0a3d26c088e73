// libFuzzer target: the merge of a change batch into a store. The input is a push body
// ({"batch":…,"changes":[…]}) or a bare array of changes; each change that decodes and validates (as
// the server and the device check before merging) goes through RecordStore::apply into an
// in-memory SQLite store, in one transaction that is rolled back afterwards so every input starts
// from the same store.
// Properties: no crash or sanitizer report; apply throws nothing for a change that validated; and applying the same
// batch a second time changes no record (merging is idempotent).

#include "storage/migrations.h"
#include "model/schema.h"
#include "protocol/validation.h"
#include "sqlite/database.h"
#include "store/recordstore.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace chorus;

namespace {

struct Store {
    std::unique_ptr<sqlite::Database> db = sqlite::Database::open(":memory:");
    sync::HybridClock clock { [] { return std::int64_t(1760000000000); } };
    sync::RecordStore records { *db, clock, "fuzz-device" };
    Store()
    {
        chorus::migrations::migrate(*db);
    }
    // Every record and withdrawal, as text: what a second apply must leave alone.
    std::string dump()
    {
        std::string out;
        std::vector<std::string> tables { "withdrawals" };
        for (const auto &kind : sync::Schema::instance().kinds())
            tables.push_back(kind.table);
        for (const auto &table : tables) {
            auto s = db->prepare("SELECT * FROM " + table + " ORDER BY 1");
            while (s.step()) {
                out += table + ":";
                for (int c = 0; c < s.columnCount(); ++c)
                    out += (s.isNull(c) ? std::string("NULL") : s.text(c)) + "|";
                out += "\n";
            }
        }
        return out;
    }
};

struct Rollback { };

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static Store store;
    const nlohmann::json body
        = sync::protocol::parsePeerJson(std::string_view(reinterpret_cast<const char *>(data), size));
    const nlohmann::json *list = &body;
    if (body.is_object() && body.contains("changes"))
        list = &body["changes"];
    if (!list->is_array())
        return 0;
    std::vector<sync::Change> batch;
    for (const auto &item : *list) {
        try {
            sync::Change change = sync::changeFromJson(item);
            if (sync::protocol::validateChange(change).empty())
                batch.push_back(std::move(change));
        } catch (const std::invalid_argument &) {
            // Refused by the decoder, as documented.
        }
    }
    if (batch.empty())
        return 0;
    try {
        store.db->transaction([&] {
            for (const auto &change : batch)
                (void)store.records.apply(change);
            const std::string once = store.dump();
            for (const auto &change : batch) {
                const sync::ApplyResult again = store.records.apply(change);
                if (!again.effective.fields.empty()) {
                    std::fprintf(stderr, "store apply: change %s took effect again on a second apply\n",
                        change.changeId.c_str());
                    std::abort();
                }
            }
            if (store.dump() != once) {
                std::fprintf(stderr, "store apply: a second apply of the batch changed the store\n%s\n---\n%s\n",
                    once.c_str(), store.dump().c_str());
                std::abort();
            }
            throw Rollback {};
        });
    } catch (const Rollback &) {
    } catch (const std::exception &e) {
        // The change validated, so the server would answer this batch with a 500.
        std::fprintf(stderr, "store apply: a valid batch threw: %s\n", e.what());
        std::abort();
    }
    return 0;
}
