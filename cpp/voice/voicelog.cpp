#include "voicelog.h"

Q_LOGGING_CATEGORY(chorusVoice, "chorus.voice")
