#include "storage/democontent.h"

#include "model/schema.h"
#include "storage/devicestore.h"

#include <nlohmann/json.hpp>

namespace chorus {

namespace {
using nlohmann::json;

// Version 1 ms after the epoch from a pseudo-device: older than any real edit.
const std::string kDemoVersion = sync::Version{{1, 0}, "demo"}.toString();

sync::Change demoChange(const std::string &kind, const std::string &id, const json &fields)
{
    sync::Change change{"demo-" + id, kind, id, {}};
    for (const auto &[name, value] : fields.items())
        change.fields.emplace(name, sync::FieldChange{value, kDemoVersion, {}});
    return change;
}

json prompts()
{
    const json all = json::array({"speak", "write", "faces", "pictures", "draw"});
    return json::array({
        {{"id", "demo-prompt-treated-today"},
         {"text", {{"en", "How were you treated today?"}, {"cy", "Sut cawsoch chi eich trin heddiw?"}, {"ar", "كيف عوملت اليوم؟"}}},
         {"symbol", "people"}, {"formats", all}, {"position", 1}},
        {{"id", "demo-prompt-opening-hours"},
         {"text", {{"en", "Are our opening hours good for you?"}, {"cy", "Ydy ein horiau agor yn dda i chi?"}, {"ar", "هل مواعيد العمل مناسبة لك؟"}}},
         {"symbol", "clock"}, {"formats", json::array({"speak", "write", "faces"})}, {"position", 2}},
        {{"id", "demo-prompt-what-would-help"},
         {"text", {{"en", "What would help you most here?"}, {"cy", "Beth fyddai'n eich helpu fwyaf yma?"}}},
         {"symbol", "idea"}, {"formats", json::array({"speak", "write", "draw"})}, {"position", 3}},
        {{"id", "demo-prompt-services"},
         {"text", {{"en", "Sort the pictures: which things here are good for you?"}, {"cy", "Trefnwch y lluniau: beth sy'n dda i chi yma?"}}},
         {"symbol", "cards"}, {"formats", json::array({"pictures", "speak", "write"})},
         {"cards", json::array({"food", "shower", "laundry", "advice", "doctor", "phone", "computer", "friends"})},
         {"position", 4}},
    });
}
} // namespace

bool DemoContent::install(DeviceStore &store)
{
    bool installed = false;
    store.write([&] {
        auto &count = store.db().cached("SELECT count(*) FROM prompts");
        bool empty = false;
        {
            sqlite::StatementReset reset(count);
            empty = count.step() && count.integer(0) == 0;
        }
        if (!empty)
            return;
        for (auto prompt : prompts()) {
            const std::string id = prompt["id"];
            prompt.erase("id");
            prompt["sites"] = json::array();
            prompt["retired"] = false;
            (void)store.records().apply(demoChange(sync::kinds::Prompt, id, prompt));
        }
        (void)store.records().apply(demoChange(
            sync::kinds::Outcome, "demo-outcome-opening",
            {{"said", {{"en", "The centre opens too late."}, {"cy", "Mae'r ganolfan yn agor yn rhy hwyr."}, {"ar", "المركز يفتح متأخرا."}}},
             {"did", {{"en", "Opening hours now start at 9am on weekdays."}, {"cy", "Mae'r oriau agor nawr yn dechrau am 9am yn ystod yr wythnos."}, {"ar", "ساعات العمل تبدأ الآن الساعة التاسعة صباحا أيام الأسبوع."}}},
             {"happened_at", 1790000000000LL},
             {"prompt_ids", json::array({"demo-prompt-opening-hours"})},
             {"themes", json::array({"opening hours"})},
             {"sites", json::array()},
             {"published", true},
             {"status", "done"},
             {"status_dates", {{"heard", 1789000000000LL}, {"done", 1790000000000LL}}}}));
        (void)store.records().apply(demoChange(
            sync::kinds::PublishedIdea, "demo-idea-quiet-room",
            {{"text", {{"en", "A quiet room for people who find the centre too noisy."},
                       {"cy", "Ystafell dawel i bobl sy'n gweld y ganolfan yn rhy swnllyd."},
                       {"ar", "غرفة هادئة للأشخاص الذين يجدون المركز صاخبا جدا."}}},
             {"sites", json::array()},
             {"published_at", 1790000000000LL},
             {"published", true}}));
        installed = true;
    });
    return installed;
}

bool DemoContent::remove(DeviceStore &store)
{
    int removed = 0;
    store.write([&] {
        // Demo records never enter the outbox (they are applied, not written), so deleting them
        // locally cannot reach the server. Their ids all start with "demo-".
        // A "me too" for a demo idea supports nothing real: it leaves the queue with the idea.
        for (const char *sql : {"DELETE FROM outbox WHERE record_id IN (SELECT id FROM supports WHERE idea_id LIKE 'demo-%')",
                                "DELETE FROM supports WHERE idea_id LIKE 'demo-%'"})
            store.db().exec(sql);
        for (const char *sql : {"DELETE FROM prompts WHERE id LIKE 'demo-%'", "DELETE FROM outcomes WHERE id LIKE 'demo-%'",
                                "DELETE FROM published_ideas WHERE id LIKE 'demo-%'"}) {
            store.db().exec(sql);
            removed += store.db().changes();
        }
    });
    return removed > 0;
}

} // namespace chorus
