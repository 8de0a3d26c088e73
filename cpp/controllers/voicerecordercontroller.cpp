#include "voicerecordercontroller.h"

#include "voice/opusduration.h"
#include "voice/qtaudiosource.h"
#include "voice/voicedraftfolder.h"
#include "voice/voicerecorder.h"
#include "voiceplayer.h"

#include <QFile>

namespace chorus {

VoiceRecorderController::VoiceRecorderController(QObject *parent)
    : VoiceRecorderController(std::make_unique<QtAudioSource>(), parent)
{ }

VoiceRecorderController::VoiceRecorderController(std::unique_ptr<AudioSource> source, QObject *parent)
    : QObject(parent)
    , m_recorder(std::make_unique<VoiceRecorder>(std::move(source)))
{
    m_recorder->setMaxDurationMs(m_maxMs);
    wire();
}

VoiceRecorderController::~VoiceRecorderController()
{
    m_recorder->disconnect(this);
    m_recorder->discard();
}

void VoiceRecorderController::wire()
{
    connect(m_recorder.get(), &VoiceRecorder::stateChanged, this, &VoiceRecorderController::onRecorderState);
    connect(m_recorder.get(), &VoiceRecorder::progressed, this, &VoiceRecorderController::onProgress);
    connect(m_recorder.get(), &VoiceRecorder::limitReached, this, [this] {
        Q_EMIT limitReached(tr("You have reached the %1 limit, so recording has stopped. "
                                "You can listen to it, keep it or record again.")
                                .arg(VoicePlayer::spokenText(m_maxMs)));
    });
    connect(m_recorder.get(), &VoiceRecorder::interrupted, this, [this](AudioError error) { setError(error); });
    connect(m_recorder.get(), &VoiceRecorder::failed, this, [this](AudioError error) { setError(error); });
}

bool VoiceRecorderController::isAvailable() const
{
    return !m_mediaFolder.isEmpty() && m_recorder->source()->isAvailable();
}

double VoiceRecorderController::level() const
{
    return m_recorder->level();
}

int VoiceRecorderController::elapsedMs() const
{
    return m_state == State::Recording ? int(m_recorder->elapsedMs()) : m_durationMs;
}

int VoiceRecorderController::remainingMs() const
{
    return std::max(0, m_maxMs - elapsedMs());
}

void VoiceRecorderController::setMaxMs(int ms)
{
    if (ms <= 0 || ms == m_maxMs)
        return;
    m_maxMs = ms;
    m_recorder->setMaxDurationMs(ms);
    Q_EMIT limitsChanged();
}

void VoiceRecorderController::setWarningMs(int ms)
{
    if (ms < 0 || ms == m_warningMs)
        return;
    m_warningMs = ms;
    Q_EMIT limitsChanged();
}

bool VoiceRecorderController::isNearLimit() const
{
    return m_state == State::Recording && remainingMs() <= m_warningMs;
}

void VoiceRecorderController::setMediaFolder(const QString &folder)
{
    if (folder == m_mediaFolder)
        return;
    m_mediaFolder = folder;
    Q_EMIT mediaFolderChanged();
    Q_EMIT stateChanged(); // availability depends on it
}

QString VoiceRecorderController::draftPath() const
{
    return m_state == State::Kept ? m_keptPath : m_recorder->draftPath();
}

QUrl VoiceRecorderController::draftUrl() const
{
    const QString path = draftPath();
    return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
}

void VoiceRecorderController::start()
{
    if (m_state == State::Recording)
        return;
    discard();
    if (m_mediaFolder.isEmpty()) {
        setError(AudioError::NotConfigured);
        return;
    }
    m_warned = false;
    m_durationMs = 0;
    if (!m_recorder->start(VoiceDraftFolder(m_mediaFolder).newDraftPath())) {
        setError(m_recorder->lastError());
        return;
    }
    Q_EMIT progressChanged();
}

void VoiceRecorderController::stop()
{
    m_recorder->stop();
}

void VoiceRecorderController::playBack()
{
    if (m_state == State::Review || m_state == State::Kept)
        Q_EMIT playBackRequested(draftUrl());
}

void VoiceRecorderController::keep()
{
    if (m_state == State::Recording)
        m_recorder->stop();
    if (m_state != State::Review)
        return;
    m_keptPath = m_recorder->draftPath();
    setState(State::Kept); // before release(), whose Idle must not read as "nothing recorded"
    (void)m_recorder->release();
    Q_EMIT kept(m_keptPath, m_durationMs);
}

void VoiceRecorderController::reRecord()
{
    start();
}

void VoiceRecorderController::discard()
{
    clearError();
    if (m_state == State::Kept) {
        VoiceDraftFolder::remove(m_keptPath);
        m_keptPath.clear();
        m_durationMs = 0;
        setState(State::Idle);
        return;
    }
    m_recorder->discard();
    m_durationMs = 0;
    Q_EMIT progressChanged();
}

int VoiceRecorderController::removeOrphanedDrafts()
{
    return m_mediaFolder.isEmpty() ? 0 : VoiceDraftFolder(m_mediaFolder).removeOrphans();
}

void VoiceRecorderController::onRecorderState()
{
    switch (m_recorder->state()) {
    case VoiceRecorder::State::Recording:
        setState(State::Recording);
        break;
    case VoiceRecorder::State::Recorded:
        // The file's own length, so what the kiosk stores is what a player will show.
        m_durationMs = int(opusDurationMs(VoiceDraftFolder::read(m_recorder->draftPath()).value_or(QByteArray()))
                               .value_or(m_recorder->elapsedMs()));
        setState(State::Review);
        break;
    case VoiceRecorder::State::Idle:
        if (m_state != State::Kept)
            setState(State::Idle);
        break;
    }
    Q_EMIT progressChanged();
}

void VoiceRecorderController::onProgress()
{
    Q_EMIT progressChanged();
    if (!m_warned && m_state == State::Recording && remainingMs() <= m_warningMs) {
        m_warned = true;
        Q_EMIT limitWarning(tr("You have %1 left. Please start to finish what you are saying.")
                                .arg(VoicePlayer::spokenText(remainingMs())));
    }
}

void VoiceRecorderController::setError(AudioError error)
{
    m_errorMessage = userMessage(error);
    m_errorKind = errorName(error);
    Q_EMIT errorChanged();
    if (error != AudioError::None)
        Q_EMIT recordingError(m_errorMessage);
}

void VoiceRecorderController::clearError()
{
    if (m_errorMessage.isEmpty() && m_errorKind.isEmpty())
        return;
    m_errorMessage.clear();
    m_errorKind.clear();
    Q_EMIT errorChanged();
}

void VoiceRecorderController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

} // namespace chorus
