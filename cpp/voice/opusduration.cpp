#include "opusduration.h"

#include <QFile>

#include <opusfile.h>

namespace chorus {

namespace {
std::optional<qint64> durationOf(OggOpusFile *file)
{
    if (!file)
        return std::nullopt;
    const ogg_int64_t samples = op_pcm_total(file, -1); // always at 48 kHz, pre-skip removed
    op_free(file);
    if (samples < 0)
        return std::nullopt;
    return qint64(samples) / 48;
}
} // namespace

std::optional<qint64> opusDurationMs(const QString &path)
{
    int error = 0;
    return durationOf(op_open_file(QFile::encodeName(path).constData(), &error));
}

std::optional<qint64> opusDurationMs(const QByteArray &ogg)
{
    int error = 0;
    return durationOf(
        op_open_memory(reinterpret_cast<const unsigned char *>(ogg.constData()), size_t(ogg.size()), &error));
}

} // namespace chorus
