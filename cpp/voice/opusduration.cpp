#include "opusduration.h"

#include <QFile>

#include <opusfile.h>

namespace chorus {

std::optional<qint64> opusDurationMs(const QString &path)
{
    int error = 0;
    OggOpusFile *file = op_open_file(QFile::encodeName(path).constData(), &error);
    if (!file)
        return std::nullopt;
    const ogg_int64_t samples = op_pcm_total(file, -1); // always at 48 kHz, pre-skip removed
    op_free(file);
    if (samples < 0)
        return std::nullopt;
    return qint64(samples) / 48;
}

} // namespace chorus
