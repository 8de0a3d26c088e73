#include "audioerror.h"

#include <QCoreApplication>

namespace chorus {

QString userMessage(AudioError error)
{
    // Marked with their context so lupdate files them where translate() looks them up.
    auto translated = [](const char *text) { return QCoreApplication::translate("AudioError", text); };
    switch (error) {
    case AudioError::None:
        return {};
    case AudioError::NoDevice:
        return translated(QT_TRANSLATE_NOOP("AudioError", "There is no microphone on this device, so recording is not possible. "
                                                "You can write, choose a face or sort pictures instead."));
    case AudioError::PermissionDenied:
        return translated(QT_TRANSLATE_NOOP("AudioError", "This app is not allowed to use the microphone. "
                                                "Please ask a member of staff, or write, choose a face or sort pictures instead."));
    case AudioError::DeviceLost:
        return translated(QT_TRANSLATE_NOOP("AudioError", "The microphone stopped working while you were speaking. "
                                                "We kept what you said so far: you can listen to it and keep it, "
                                                "or write, choose a face or sort pictures instead."));
    case AudioError::StorageFailed:
        return translated(QT_TRANSLATE_NOOP("AudioError", "Your recording could not be saved because the device storage is full or "
                                                "not working. Please tell a member of staff, or write your answer instead."));
    case AudioError::NotConfigured:
        return translated(QT_TRANSLATE_NOOP("AudioError", "Voice recording is not set up on this device yet. "
                                                "You can write, choose a face or sort pictures instead."));
    }
    return {};
}

QString errorName(AudioError error)
{
    switch (error) {
    case AudioError::None:
        return QStringLiteral("none");
    case AudioError::NoDevice:
        return QStringLiteral("no-microphone");
    case AudioError::PermissionDenied:
        return QStringLiteral("permission-denied");
    case AudioError::DeviceLost:
        return QStringLiteral("device-lost");
    case AudioError::StorageFailed:
        return QStringLiteral("storage-failed");
    case AudioError::NotConfigured:
        return QStringLiteral("not-configured");
    }
    return {};
}

} // namespace chorus
