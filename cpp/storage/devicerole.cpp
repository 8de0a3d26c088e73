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

} // namespace chorus
