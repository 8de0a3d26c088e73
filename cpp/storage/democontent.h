#pragma once
// Demo prompts and an outcome for a drop-in centre, so a new install has something to show.
// Written at the oldest possible version, so anything a coordinator publishes wins over them.

namespace chorus {

class DeviceStore;

namespace DemoContent {
// Installs the demo only into a store that holds no prompts; returns whether it did.
bool install(DeviceStore &store);
// Takes the demo away once the device is enrolled: from then on the organisation's own prompts and
// outcomes are what people see. Returns whether anything was removed.
bool remove(DeviceStore &store);
} // namespace DemoContent

} // namespace chorus
