#pragma once
// The tables a device store keeps besides each synced kind's own (Schema::kinds()), named once so
// the store's schema ladder (checked by tst_devicestore), DeviceWipe and the simulation agree.

#include <string_view>

namespace chorus::sync {

struct DeviceTable {
    std::string_view name;
    // Emptied when the server revokes the device: everything it synced or queued. Its own settings
    // stay, and so does sync_state, whose enrolment keys DeviceWipe removes one by one (the device's
    // id and clock stay).
    bool emptiedOnRevoke;
};

inline constexpr DeviceTable kDeviceTables[] = {
    { "conflicts", true },
    { "withdrawals", true },
    { "outbox", true },
    { "quarantine", true },
    { "media", true },
    { "sync_state", false },
    { "local_settings", false },
};

} // namespace chorus::sync
