#include "voiceplayer.h"

#include "voice/opusduration.h"
#include "voice/voicedraftfolder.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QFileInfo>
#include <QMediaPlayer>

#include <sodium.h>

namespace chorus {

VoicePlayer::VoicePlayer(QObject *parent)
    : QObject(parent)
    , m_player(new QMediaPlayer(this))
    , m_output(new QAudioOutput(this))
    , m_draft(new QBuffer(this))
{
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::positionChanged, this, &VoicePlayer::positionChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &VoicePlayer::playingChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error) {
        if (error != QMediaPlayer::NoError)
            setError(tr("This recording cannot be played on this device."));
    });
}

VoicePlayer::~VoicePlayer()
{
    forgetDraft();
}

void VoicePlayer::forgetDraft()
{
    m_player->stop();
    m_player->setSource(QUrl());
    m_draft->close();
    const QByteArray &bytes = m_draft->data();
    // In place, not through data(), which would copy bytes another holder shares and wipe the copy.
    if (!bytes.isEmpty())
        sodium_memzero(const_cast<char *>(bytes.constData()), std::size_t(bytes.size()));
    m_draft->setData(QByteArray());
}

void VoicePlayer::setSource(const QString &path)
{
    if (path == m_source)
        return;
    forgetDraft();
    m_source = path;
    setError({});
    std::optional<qint64> duration;
    if (path.isEmpty()) {
        duration = 0;
    } else if (!QFileInfo::exists(path)) {
        setError(tr("This recording is missing from the device."));
    } else if (const auto draft = VoiceDraftFolder::read(path)) {
        m_draft->setData(*draft);
        duration = opusDurationMs(*draft);
    } else {
        duration = opusDurationMs(path);
    }
    m_durationMs = int(duration.value_or(0));
    if (!duration && m_error.isEmpty())
        setError(tr("This file is not a voice recording that can be played."));
    // Set lazily on play(): opening the media pipeline is slow and a staff list holds many notes.
    Q_EMIT sourceChanged();
    Q_EMIT positionChanged();
}

int VoicePlayer::positionMs() const
{
    return int(m_player->position());
}

bool VoicePlayer::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

void VoicePlayer::play()
{
    if (m_source.isEmpty() || m_durationMs == 0)
        return;
    const QUrl url = QUrl::fromLocalFile(m_source);
    if (m_player->source() != url) {
        if (m_draft->data().isEmpty()) {
            m_player->setSource(url);
        } else {
            m_draft->open(QIODevice::ReadOnly);
            m_player->setSourceDevice(m_draft, url);
        }
    }
    m_player->play();
}

void VoicePlayer::pause()
{
    m_player->pause();
}

void VoicePlayer::stop()
{
    m_player->stop();
}

QString VoicePlayer::clockText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString VoicePlayer::spokenText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    const qint64 minutes = seconds / 60;
    const qint64 rest = seconds % 60;
    const QString secondsText = rest == 1 ? tr("1 second") : tr("%1 seconds").arg(rest);
    if (minutes == 0)
        return secondsText;
    const QString minutesText = minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes);
    return rest == 0 ? minutesText : minutesText + QLatin1Char(' ') + secondsText;
}

void VoicePlayer::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    Q_EMIT errorChanged();
}

} // namespace chorus
