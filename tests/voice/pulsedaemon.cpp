#include "pulsedaemon.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>
#include <QtEndian>

#include <cmath>
#include <numbers>

#include <csignal>
#include <sys/prctl.h>

namespace chorus::test {

namespace {
// If the test is killed (a ctest timeout), the daemon must not outlive it.
void dieWithParent()
{
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
}
} // namespace

QProcessEnvironment PulseDaemon::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString root = m_dir.path();
    env.insert(QStringLiteral("HOME"), root);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    env.insert(QStringLiteral("PULSE_RUNTIME_PATH"), root + QStringLiteral("/pulse"));
    env.insert(QStringLiteral("PULSE_STATE_PATH"), root + QStringLiteral("/state"));
    env.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:") + root + QStringLiteral("/pulse/native"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return env;
}

bool PulseDaemon::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    QDir(m_dir.path()).mkpath(QStringLiteral("pulse"));
    const QString socket = m_dir.path() + QStringLiteral("/pulse/native");
    m_daemon.setProcessEnvironment(environment());
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.setChildProcessModifier(dieWithParent);
    // -n: no default.pa, so nothing but our null sink exists; as root pulseaudio only warns.
    m_daemon.start(QStringLiteral("pulseaudio"),
        { QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
            QStringLiteral("--use-pid-file=no"), QStringLiteral("--system=false"),
            QStringLiteral("--log-target=stderr"), QStringLiteral("-L"),
            QStringLiteral("module-null-sink sink_name=") + QLatin1String(SinkName),
            // Qt 6.4's PulseAudio backend hides monitor sources, so the monitor is
            // re-exposed as an ordinary source (the only one, hence the default).
            QStringLiteral("-L"),
            QStringLiteral("module-remap-source source_name=chorus_mic master=") + QLatin1String(SinkName)
                + QStringLiteral(".monitor"),
            QStringLiteral("-L"), QStringLiteral("module-native-protocol-unix auth-anonymous=1 socket=") + socket });
    if (!m_daemon.waitForStarted(5000)) {
        m_error = QStringLiteral("pulseaudio did not start: ") + m_daemon.errorString();
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_daemon.state() != QProcess::Running) {
            m_error = QStringLiteral("pulseaudio exited: ") + QString::fromLocal8Bit(m_daemon.readAll());
            return false;
        }
        if (pactl({ QStringLiteral("info") }).contains(QStringLiteral("Default Source: chorus_mic"))) {
            qputenv("PULSE_SERVER", environment().value(QStringLiteral("PULSE_SERVER")).toLocal8Bit());
            return true;
        }
        QThread::msleep(100);
    }
    m_error = QStringLiteral("pulseaudio did not answer: ") + QString::fromLocal8Bit(m_daemon.readAll());
    stop();
    return false;
}

void PulseDaemon::stopPlaying()
{
    if (m_player.state() != QProcess::NotRunning) {
        m_player.kill();
        m_player.waitForFinished(2000);
    }
}

void PulseDaemon::stop()
{
    stopPlaying();
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(2000);
        }
    }
}

QProcess *PulseDaemon::play(const QString &wavPath)
{
    m_player.setProcessEnvironment(environment());
    m_player.setChildProcessModifier(dieWithParent);
    m_player.start(QStringLiteral("paplay"), { QStringLiteral("--device=") + QLatin1String(SinkName), wavPath });
    return &m_player;
}

QString PulseDaemon::pactl(const QStringList &arguments) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral("pactl"), arguments);
    if (!p.waitForFinished(5000) || p.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(p.readAllStandardOutput());
}

bool PulseDaemon::hasPlayback() const
{
    return !pactl({ QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sink-inputs") })
                .trimmed()
                .isEmpty();
}

bool PulseDaemon::writeToneWav(const QString &path, double seconds, double frequency, double amplitude)
{
    const quint32 rate = 48000;
    const auto samples = quint32(seconds * rate);
    QByteArray data(qsizetype(samples) * 2, Qt::Uninitialized);
    for (quint32 i = 0; i < samples; ++i) {
        const auto v = qint16(std::lround(amplitude * 32767 * std::sin(2 * std::numbers::pi * frequency * i / rate)));
        qToLittleEndian(v, data.data() + i * 2);
    }
    QByteArray header;
    auto u32 = [&header](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        header.append(b, 4);
    };
    auto u16 = [&header](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        header.append(b, 2);
    };
    header.append("RIFF");
    u32(36 + quint32(data.size()));
    header.append("WAVEfmt ");
    u32(16); // format chunk size
    u16(1); // PCM
    u16(1); // mono
    u32(rate);
    u32(rate * 2); // bytes per second
    u16(2); // bytes per frame
    u16(16); // bits per sample
    header.append("data");
    u32(quint32(data.size()));
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(header + data) == header.size() + data.size();
}

} // namespace chorus::test
