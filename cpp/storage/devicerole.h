#pragma once
// What this device was enrolled as. Coordinator devices may edit questions and outcomes and settle
// their clashes; the server refuses those from kiosks and outreach tablets.

namespace chorus {

class DeviceStore;

[[nodiscard]] bool isCoordinatorDevice(DeviceStore &store);
// An outreach tablet: a worker signs in and runs sessions (OutreachController).
[[nodiscard]] bool isOutreachDevice(DeviceStore &store);

} // namespace chorus
