#include "voicerecorder.h"

#include "voicedraftfolder.h"
#include "voicelog.h"


namespace chorus {

VoiceRecorder::VoiceRecorder(std::unique_ptr<AudioSource> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
{
    // Direct: the samples are only valid during the call and go straight into the encoder.
    connect(m_source.get(), &AudioSource::samplesReady, this, &VoiceRecorder::onSamples, Qt::DirectConnection);
    connect(m_source.get(), &AudioSource::failed, this, &VoiceRecorder::onSourceFailed);
}

VoiceRecorder::~VoiceRecorder()
{
    disconnect(m_source.get(), nullptr, this, nullptr);
    discard();
}

bool VoiceRecorder::start(const QString &draftPath)
{
    discard();
    m_error = AudioError::None;
    // The source first: a real microphone only knows its sample rate once it is open.
    if (!m_source->start()) {
        m_error = m_source->error();
        qCInfo(chorusVoice) << "microphone did not start:" << errorName(m_error);
        return false;
    }
    if (!m_writer.open(draftPath, m_source->sampleRate())) {
        qCWarning(chorusVoice) << "cannot create voice draft" << draftPath << m_writer.errorString();
        m_source->stop();
        m_error = AudioError::StorageFailed;
        return false;
    }
    m_path = draftPath;
    m_meter.reset();
    m_meter.setSampleRate(m_source->sampleRate());
    setState(State::Recording);
    return true;
}

void VoiceRecorder::stop()
{
    if (m_state == State::Recording)
        finishRecording();
}

void VoiceRecorder::discard()
{
    if (m_state == State::Recording) {
        m_source->stop();
        m_writer.abandon();
    } else if (m_state == State::Recorded && !VoiceDraftFolder::remove(m_path)) {
        qCWarning(chorusVoice) << "could not delete discarded voice draft" << m_path;
    }
    m_path.clear();
    m_meter.reset();
    setState(State::Idle);
}

QString VoiceRecorder::release()
{
    if (m_state != State::Recorded)
        return {};
    const QString path = m_path;
    m_path.clear();
    setState(State::Idle);
    return path;
}

qint64 VoiceRecorder::elapsedMs() const
{
    if (m_state == State::Idle)
        return 0;
    return m_writer.samplesWritten() * 1000 / m_writer.sampleRate();
}

void VoiceRecorder::onSamples(const qint16 *samples, qsizetype count)
{
    if (m_state != State::Recording)
        return;
    const qint64 limit = m_maxMs * m_writer.sampleRate() / 1000;
    const qsizetype accepted = qsizetype(std::min<qint64>(count, limit - m_writer.samplesWritten()));
    if (!m_writer.write(samples, accepted)) {
        qCWarning(chorusVoice) << "writing voice draft failed" << m_writer.errorString();
        fail(AudioError::StorageFailed);
        return;
    }
    m_meter.process(samples, accepted);
    Q_EMIT progressed();
    if (m_writer.samplesWritten() >= limit) {
        finishRecording();
        if (m_state == State::Recorded)
            Q_EMIT limitReached();
    }
}

void VoiceRecorder::onSourceFailed(AudioError error)
{
    if (m_state != State::Recording)
        return;
    qCInfo(chorusVoice) << "microphone stopped mid-recording:" << errorName(error) << elapsedMs() << "ms kept";
    if (m_writer.samplesWritten() == 0) {
        fail(error);
        return;
    }
    m_error = error;
    finishRecording();
    if (m_state == State::Recorded)
        Q_EMIT interrupted(error);
}

void VoiceRecorder::finishRecording()
{
    m_source->stop();
    if (!m_writer.finish()) {
        qCWarning(chorusVoice) << "finishing voice draft failed" << m_writer.errorString();
        fail(AudioError::StorageFailed);
        return;
    }
    m_meter.reset();
    setState(State::Recorded);
}

void VoiceRecorder::fail(AudioError error)
{
    m_source->stop();
    m_writer.abandon();
    m_path.clear();
    m_error = error;
    m_meter.reset();
    setState(State::Idle);
    Q_EMIT failed(error);
}

void VoiceRecorder::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace chorus
