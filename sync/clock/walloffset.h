#pragma once
// Moves this process's wall clock (HybridClock::systemWallMs, which every device write reads), as
// a tablet's clock is moved in the field: days back after a flat battery, or set ahead by hand.
// Tests run a device with its clock wrong through it (chorus-cli --clock-offset-ms).

#include <cstdint>

namespace chorus::sync {

void setWallOffsetMs(std::int64_t offsetMs);

} // namespace chorus::sync
