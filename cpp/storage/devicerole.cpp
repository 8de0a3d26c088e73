#include "storage/devicerole.h"

#include "client/enginestore.h"
#include "storage/devicestore.h"

namespace chorus {

bool isCoordinatorDevice(DeviceStore &store)
{
    bool coordinator = false;
    store.read([&] { coordinator = store.state().get(sync::client::statekey::kRole) == "coordinator"; });
    return coordinator;
}

bool isOutreachDevice(DeviceStore &store)
{
    bool outreach = false;
    store.read([&] { outreach = store.state().get(sync::client::statekey::kRole) == "outreach"; });
    return outreach;
}

} // namespace chorus
