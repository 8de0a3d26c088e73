#include "benchprobe.h"

#include "controllers/kiosksession.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>

#include <cstdio>
#include <ctime>
#include <memory>

namespace chorus {

namespace {

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

// One visit after another: begin, write, rate, consent, Send; the next starts once the writer says
// the last is durable.
class Visits : public QObject {
public:
    Visits(KioskSession &session, int count, QObject *parent)
        : QObject(parent)
        , m_session(session)
        , m_left(count)
    {
        connect(&session, &KioskSession::stateChanged, this, &Visits::onState, Qt::QueuedConnection);
        next();
    }

private:
    void next()
    {
        if (m_left-- <= 0) {
            std::printf("visits_failed %d\nrss_after_visits_kib %ld\n", m_failed, residentKiB());
            std::fflush(stdout);
            QCoreApplication::quit();
            return;
        }
        m_session.reset();
        m_session.begin(QStringLiteral("demo-prompt-what-would-help"));
        m_session.chooseFormat(QStringLiteral("write"));
        m_session.setText(
            QStringLiteral("The staff are kind but busy, and the waiting room is cold in winter. It would "
                           "help if the centre opened earlier on Mondays. Visit %1.")
                .arg(m_left));
        m_session.setRating(1 + m_left % 5);
        m_session.setMayQuote(m_left % 2 == 0);
        m_session.send();
    }
    void onState()
    {
        const auto state = m_session.state();
        if (state == KioskSession::State::Sent || state == KioskSession::State::Failed) {
            m_failed += state == KioskSession::State::Failed ? 1 : 0;
            next();
        }
    }

    KioskSession &m_session;
    int m_left;
    int m_failed = 0;
};

} // namespace

void installBenchProbe(QQuickWindow &window, KioskSession &session)
{
    const QByteArray value = qgetenv("CHORUS_BENCH_PROBE");
    if (value.isEmpty())
        return;
    const int visits = value.toInt();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
        = QObject::connect(&window, &QQuickWindow::frameSwapped, &window, [&window, &session, visits, connection] {
              QObject::disconnect(*connection);
              timespec now {};
              clock_gettime(CLOCK_REALTIME, &now);
              std::printf("first_frame_epoch_ns %lld\nrss_first_frame_kib %ld\n",
                  static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec, residentKiB());
              std::fflush(stdout);
              new Visits(session, visits, &window);
          });
}

} // namespace chorus
