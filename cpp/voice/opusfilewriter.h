#pragma once
// Streams mono PCM into an Ogg Opus draft as it arrives, so a long note never sits in memory as PCM.
// The draft is encrypted as it is written, under a key only this process holds (seal::DraftKeys):
// read it back with seal::DraftKeys::open (playback, Send), never straight from the disk.

#include "seal/draftstreamwriter.h"

#include <QString>

struct OggOpusEnc;

namespace chorus {

class OpusFileWriter {
public:
    static constexpr int DefaultBitrate = 24000; // speech quality: a minute is about 180 KB

    OpusFileWriter() = default;
    ~OpusFileWriter();
    OpusFileWriter(const OpusFileWriter &) = delete;
    OpusFileWriter &operator=(const OpusFileWriter &) = delete;

    // Creates (truncates) the file; false and nothing left on disk when it cannot.
    [[nodiscard]] bool open(const QString &path, int sampleRate, int bitrate = DefaultBitrate);
    [[nodiscard]] bool write(const qint16 *samples, qsizetype count);
    // Flushes the last pages and makes the file durable; the writer is closed afterwards.
    [[nodiscard]] bool finish();
    // Closes without finishing, deletes the file and forgets its key.
    void abandon();

    [[nodiscard]] bool isOpen() const { return m_encoder != nullptr; }
    [[nodiscard]] qint64 samplesWritten() const { return m_samples; }
    [[nodiscard]] int sampleRate() const { return m_rate; }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    static int writeCallback(void *self, const unsigned char *data, int length);
    static int closeCallback(void *self);
    void discardFile();

    OggOpusEnc *m_encoder = nullptr;
    sync::seal::DraftStreamWriter m_draft;
    QString m_path;
    qint64 m_samples = 0;
    int m_rate = 48000;
    bool m_ioFailed = false;
    bool m_abandoning = false;
    QString m_error;
};

} // namespace chorus
