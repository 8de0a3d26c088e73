#include "helpwordsseed.h"

#include "clock/hlc.h"
#include "model/settingids.h"
#include "storage/devicestore.h"

namespace chorus::test {

void seedHelpWords(const QString &dbPath, const QVariantMap &words)
{
    nlohmann::json value = nlohmann::json::object();
    for (auto it = words.cbegin(); it != words.cend(); ++it)
        value[it.key().toStdString()] = it.value().toString().toStdString();
    static sync::HybridClock clock;
    sync::Change change { "test-help-words", "setting", sync::settings::helpNowId("test-org"), {} };
    change.fields.emplace(
        "value", sync::FieldChange { value, sync::Version { clock.now(), "dash-test-org" }.toString(), {} });
    auto store = DeviceStore::open(dbPath);
    store->write([&] { (void)store->records().apply(change); });
}

} // namespace chorus::test
