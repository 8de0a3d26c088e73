#pragma once
// Withdraws an answer this device holds, at once: its content purged from the store (the
// withdrawal queued to sync like any change) and its voice note or drawing deleted. Shared by
// withdrawal at the desk and an outreach worker withdrawing one of this session's answers.

#include <QString>

namespace chorus {

class DeviceStore;

// False when the device holds no such answer or it was withdrawn already.
[[nodiscard]] bool withdrawOnThisDevice(DeviceStore &store, const QString &mediaDir, const QString &contributionId);

} // namespace chorus
