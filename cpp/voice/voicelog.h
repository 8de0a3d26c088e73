#pragma once
// The logging category for the recording pipeline.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(chorusVoice)
