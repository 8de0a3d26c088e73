#pragma once
// Test helper: decodes a whole Ogg Opus note (a file, bytes, or an encrypted draft this process
// recorded) with opusfile, independently of the code under test.

#include "voice/voicedraftfolder.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <opusfile.h>

#include <cmath>
#include <optional>

namespace chorus::test {

struct DecodedNote {
    qint64 samples = 0; // at 48 kHz, as opusfile always decodes
    double rms = 0; // 0..1 of full scale
    qint64 crossings = 0; // sign changes of the first channel, twice the frequency of a pure tone
    [[nodiscard]] qint64 durationMs() const { return samples / 48; }
};

inline std::optional<DecodedNote> decodeOpusFile(OggOpusFile *file)
{
    if (!file)
        return std::nullopt;
    DecodedNote note;
    double sumSquares = 0;
    bool lastPositive = true;
    float buffer[5760 * 2];
    for (;;) {
        const int n = op_read_float(file, buffer, int(std::size(buffer)), nullptr);
        if (n < 0) {
            op_free(file);
            return std::nullopt;
        }
        if (n == 0)
            break;
        const int channels = op_channel_count(file, -1);
        for (int i = 0; i < n * channels; ++i)
            sumSquares += double(buffer[i]) * buffer[i];
        for (int i = 0; i < n; ++i) {
            const bool positive = buffer[i * channels] >= 0;
            if (positive != lastPositive)
                ++note.crossings;
            lastPositive = positive;
        }
        note.samples += n;
    }
    op_free(file);
    note.rms = note.samples > 0 ? std::sqrt(sumSquares / double(note.samples)) : 0.0;
    return note;
}

inline std::optional<DecodedNote> decodeOpus(const QString &path)
{
    int error = 0;
    return decodeOpusFile(op_open_file(QFile::encodeName(path).constData(), &error));
}

inline std::optional<DecodedNote> decodeOpus(const QByteArray &ogg)
{
    int error = 0;
    return decodeOpusFile(
        op_open_memory(reinterpret_cast<const unsigned char *>(ogg.constData()), size_t(ogg.size()), &error));
}

// A draft is encrypted on disk; this process recorded it, so it holds the key to read it.
inline std::optional<DecodedNote> decodeDraft(const QString &path)
{
    const auto plain = VoiceDraftFolder::read(path);
    return plain ? decodeOpus(*plain) : std::nullopt;
}

} // namespace chorus::test
