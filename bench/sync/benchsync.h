#pragma once
// bench_sync: the whole-process helpers bench/run calls. Each subcommand prints one JSON object.

#include "client/transport.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <map>
#include <mutex>
#include <vector>

namespace chorus {
class DeviceStore;
}

namespace chorus::bench {

using Clock = std::chrono::steady_clock;
[[nodiscard]] inline double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Parses "--name value" pairs; a flag without a value maps to "1".
[[nodiscard]] std::map<QString, QString> options(const QStringList &args);

// Writes `count` contributions numbered from `first` as the kiosk would (record, field versions,
// outbox), `perTransaction` to a durable transaction; the last `voiceNotes` carry a voice note of
// `voiceBytes` random bytes adopted into `mediaDir`.
void fillStore(DeviceStore &store, const QString &mediaDir, int first, int count, int perTransaction,
    int voiceNotes = 0, qint64 voiceBytes = 0);

// Value at quantile q of sorted values (0 when empty).
[[nodiscard]] double quantile(const std::vector<double> &sorted, double q);

// A transport that times every request it forwards.
class TimedTransport : public sync::client::Transport {
public:
    TimedTransport(sync::client::Transport &inner, std::vector<double> &millis, std::mutex &mutex)
        : m_inner(inner)
        , m_millis(millis)
        , m_mutex(mutex)
    { }
    [[nodiscard]] sync::client::HttpReply send(const sync::client::HttpRequest &request) override;

private:
    sync::client::Transport &m_inner;
    std::vector<double> &m_millis;
    std::mutex &m_mutex;
};

int runFill(const std::map<QString, QString> &opt);
int runBaseline(const std::map<QString, QString> &opt);
int runDevices(const std::map<QString, QString> &opt);
int runMedia(const std::map<QString, QString> &opt);

} // namespace chorus::bench
