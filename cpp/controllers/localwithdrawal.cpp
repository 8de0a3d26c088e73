#include "controllers/localwithdrawal.h"

#include "client/devicewipe.h"
#include "client/enginestore.h"
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"

namespace chorus {

bool withdrawOnThisDevice(DeviceStore &store, const QString &mediaDir, const QString &contributionId)
{
    QStringList media;
    if (!ContributionRepository(store).withdraw(contributionId, &media))
        return false;
    std::vector<std::string> sha256s;
    for (const QString &m : media)
        sha256s.push_back(m.toStdString());
    sync::client::EngineStore engine { store.db(), store.records(), store.outbox(), store.state(),
        mediaDir.toStdString() };
    sync::client::DeviceWipe::removeMedia(engine, sha256s);
    return true;
}

} // namespace chorus
