#include "outreachseed.h"

#include "client/enginestore.h"
#include "controllers/stafflock.h"
#include "storage/devicestore.h"

namespace chorus::test {

namespace {
void publishWorker(DeviceStore &store, const std::string &id, const QString &name, const QString &pin)
{
    const std::string version = sync::Version { { sync::HybridClock::systemWallMs(), 0 }, "dash-test" }.toString();
    sync::Change change { "c-" + id, "worker", id, {} };
    change.fields.emplace("name", sync::FieldChange { name.toStdString(), version, {} });
    change.fields.emplace("pin_hash", sync::FieldChange { StaffLock::hashPin(pin).toStdString(), version, {} });
    change.fields.emplace("retired", sync::FieldChange { false, version, {} });
    store.write([&] { (void)store.records().apply(change); });
}
} // namespace

void seedOutreachTablet(const QString &dbPath)
{
    auto store = DeviceStore::open(dbPath);
    store->write([&] {
        store->state().set(sync::client::statekey::kRole, "outreach");
        store->state().set(sync::client::statekey::kSites,
            R"([{"id":"site-foodbank","name":"Food bank"},{"id":"site-hostel","name":"Hostel"}])");
    });
    publishWorker(*store, "w-aled", QStringLiteral("Aled"), QStringLiteral("2468"));
    publishWorker(*store, "w-noor", QStringLiteral("Noor"), QStringLiteral("97531"));
}

} // namespace chorus::test
