#include "opusfilewriter.h"

#include "voicelog.h"

#include "seal/draftkeys.h"

#include <QFile>

#include <opusenc.h>

#include <algorithm>

namespace chorus {

OpusFileWriter::~OpusFileWriter()
{
    if (m_encoder)
        abandon();
}

bool OpusFileWriter::open(const QString &path, int sampleRate, int bitrate)
{
    if (m_encoder)
        abandon();
    m_samples = 0;
    m_rate = sampleRate;
    m_ioFailed = false;
    m_error.clear();
    m_path = path;
    // Each Ogg page is encrypted and handed to the kernel as soon as it is made, so a crash loses at
    // most the muxing delay and leaves only ciphertext; pages come about twice a second.
    const std::string file = QFile::encodeName(path).toStdString();
    if (!m_draft.open(file, sync::seal::DraftKeys::create(file))) {
        m_error = QString::fromStdString(m_draft.errorString());
        sync::seal::DraftKeys::forget(file);
        return false;
    }

    OpusEncCallbacks callbacks { &OpusFileWriter::writeCallback, &OpusFileWriter::closeCallback };
    OggOpusComments *comments = ope_comments_create();
    int error = OPE_OK;
    m_encoder = ope_encoder_create_callbacks(&callbacks, this, comments, sampleRate, 1, 0, &error);
    ope_comments_destroy(comments);
    if (!m_encoder) {
        m_error = QString::fromUtf8(ope_strerror(error));
        discardFile();
        return false;
    }
    ope_encoder_ctl(m_encoder, OPUS_SET_BITRATE(bitrate));
    // Constrained VBR keeps every minute inside the size budget whatever is said.
    ope_encoder_ctl(m_encoder, OPUS_SET_VBR_CONSTRAINT(1));
    ope_encoder_ctl(m_encoder, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
    // Speech modes are costly at the default complexity 10 (measured ~52x real time on one EPYC
    // core, marginal for slow tablets); 5 gives ~100x at the same size.
    ope_encoder_ctl(m_encoder, OPUS_SET_COMPLEXITY(5));
    // Pages leave the encoder at least every half second, bounding memory and what an unplug can lose.
    ope_encoder_ctl(m_encoder, OPE_SET_MUXING_DELAY(24000));
    return true;
}

bool OpusFileWriter::write(const qint16 *samples, qsizetype count)
{
    if (!m_encoder || m_ioFailed)
        return false;
    while (count > 0) {
        const int chunk = int(std::min<qsizetype>(count, 1 << 20));
        const int result = ope_encoder_write(m_encoder, samples, chunk);
        if (result != OPE_OK || m_ioFailed) {
            if (m_error.isEmpty())
                m_error = QString::fromUtf8(ope_strerror(result));
            return false;
        }
        samples += chunk;
        count -= chunk;
        m_samples += chunk;
    }
    return true;
}

bool OpusFileWriter::finish()
{
    if (!m_encoder)
        return false;
    const int drained = ope_encoder_drain(m_encoder);
    ope_encoder_destroy(m_encoder);
    m_encoder = nullptr;
    // libopusenc normally closes the stream itself while draining; make sure either way.
    closeCallback(this);
    if (drained != OPE_OK || m_ioFailed) {
        if (m_error.isEmpty())
            m_error = QString::fromUtf8(ope_strerror(drained));
        m_draft.close();
        return false;
    }
    return true;
}

void OpusFileWriter::abandon()
{
    m_abandoning = true;
    if (m_encoder) {
        ope_encoder_destroy(m_encoder);
        m_encoder = nullptr;
    }
    discardFile();
    m_abandoning = false;
}

void OpusFileWriter::discardFile()
{
    m_draft.close();
    if (m_path.isEmpty())
        return;
    sync::seal::DraftKeys::forget(QFile::encodeName(m_path).constData());
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        qCWarning(chorusVoice) << "could not delete abandoned recording" << m_path;
}

int OpusFileWriter::writeCallback(void *self, const unsigned char *data, int length)
{
    auto *writer = static_cast<OpusFileWriter *>(self);
    if (!writer->m_draft.append(data, static_cast<std::size_t>(length))) {
        writer->m_ioFailed = true;
        writer->m_error = QString::fromStdString(writer->m_draft.errorString());
        return 1;
    }
    return 0;
}

int OpusFileWriter::closeCallback(void *self)
{
    auto *writer = static_cast<OpusFileWriter *>(self);
    if (!writer->m_draft.isOpen())
        return 0;
    if (writer->m_abandoning) {
        writer->m_draft.close();
        return 0;
    }
    const bool ok = writer->m_draft.finish();
    if (!ok) {
        writer->m_ioFailed = true;
        writer->m_error = QString::fromStdString(writer->m_draft.errorString());
    }
    return ok ? 0 : 1;
}

} // namespace chorus
