#pragma once
// Why recording could not start or had to stop, and how to say so to the person at the kiosk.

#include <QString>

namespace chorus {

enum class AudioError {
    None,
    NoDevice, // no microphone is connected at all
    PermissionDenied, // the system (or the person) refused access to the microphone
    DeviceLost, // the microphone went away or stopped delivering sound mid-recording
    StorageFailed, // the note could not be written (storage full or read-only)
    NotConfigured, // the app was not told where to keep recordings
};

// Plain words, short enough to be read aloud; they always say what the person can do next.
[[nodiscard]] QString userMessage(AudioError error);

// A stable, lower-case token for logs and for QML to pick a picture.
[[nodiscard]] QString errorName(AudioError error);

} // namespace chorus
