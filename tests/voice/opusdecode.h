#pragma once
// Test helper: decodes a whole Ogg Opus file with opusfile, independently of the code under test.

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

inline std::optional<DecodedNote> decodeOpus(const QString &path)
{
    int error = 0;
    OggOpusFile *file = op_open_file(QFile::encodeName(path).constData(), &error);
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

} // namespace chorus::test
