// The sync engine's problem and status codes become words for people in one place, in the kiosk's
// language.

#include "sync/syncwords.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace chorus;
using sync::client::SyncProblem;
using sync::client::SyncStatus;

namespace {
constexpr SyncProblem kProblems[] = { SyncProblem::NoAnswer, SyncProblem::ServerFailed, SyncProblem::UpdateNeeded,
    SyncProblem::ServerTooOld, SyncProblem::Unauthorized, SyncProblem::DeviceRevoked, SyncProblem::EnrolmentInvalid,
    SyncProblem::RateLimited, SyncProblem::ServerError, SyncProblem::Refused, SyncProblem::UnreadableAnswer,
    SyncProblem::NotEnrolled, SyncProblem::NothingSettled, SyncProblem::NoSealKey, SyncProblem::SealKeyDamaged,
    SyncProblem::SealKeyNotOnCode, SyncProblem::SealKeyNotProved };
// How a sync can end that the sync panel reports.
constexpr SyncStatus kTroubles[] = { SyncStatus::Offline, SyncStatus::Failed, SyncStatus::RateLimited,
    SyncStatus::NotEnrolled, SyncStatus::UpdateNeeded, SyncStatus::Revoked };
} // namespace

class TestSyncWords : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Every problem has words of its own, and quotes what it carries.
    void everyProblemHasItsOwnWords()
    {
        QVERIFY(SyncWords::describe(SyncProblem::None, {}).isEmpty());
        QSet<QString> seen;
        for (const SyncProblem p : kProblems) {
            const QString words = SyncWords::describe(p, "k1 k2");
            QVERIFY2(!words.isEmpty(), sync::client::problemName(p));
            QVERIFY2(!seen.contains(words), sync::client::problemName(p));
            seen.insert(words);
        }
        QVERIFY(SyncWords::describe(SyncProblem::NoAnswer, "Connection refused").contains(QStringLiteral("Connection refused")));
        QVERIFY(SyncWords::describe(SyncProblem::ServerFailed, "502").contains(QStringLiteral("HTTP 502")));
        const QString named = SyncWords::describe(SyncProblem::SealKeyNotOnCode, "aaaa bbbb");
        QVERIFY(named.indexOf(QStringLiteral("aaaa")) < named.indexOf(QStringLiteral("bbbb")));
    }

    // Every way a sync can go wrong has words of its own; a failure says why.
    void everyStatusHasItsOwnWords()
    {
        QVERIFY(SyncWords::status(SyncStatus::Done).isEmpty());
        QVERIFY(SyncWords::status(SyncStatus::Cancelled).isEmpty());
        QSet<QString> seen;
        for (const SyncStatus s : kTroubles) {
            const QString words = SyncWords::status(s, QStringLiteral("why"));
            QVERIFY2(!words.isEmpty() && !seen.contains(words), qPrintable(words));
            seen.insert(words);
        }
        const QString why = SyncWords::describe(SyncProblem::ServerError, {});
        QVERIFY(SyncWords::status(SyncStatus::Failed, why).contains(why));
    }

    // In Welsh and Arabic, every problem is in that language (the .qm files the kiosk loads).
    void translated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Welsh") << QStringLiteral("cy");
        QTest::newRow("Arabic") << QStringLiteral("ar");
    }
    void translated()
    {
        QFETCH(QString, language);
        QStringList english;
        for (const SyncProblem p : kProblems)
            english << SyncWords::describe(p, "k1 k2");
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(CHORUS_QM_DIR "/chorus_") + language + QStringLiteral(".qm")));
        QCoreApplication::installTranslator(&translator);
        for (qsizetype i = 0; i < english.size(); ++i) {
            const QString words = SyncWords::describe(kProblems[i], "k1 k2");
            QVERIFY2(!words.isEmpty() && words != english.at(i), qPrintable(english.at(i)));
        }
        for (const SyncStatus s : kTroubles) {
            QCoreApplication::removeTranslator(&translator);
            const QString inEnglish = SyncWords::status(s, QStringLiteral("k1"));
            QCoreApplication::installTranslator(&translator);
            const QString words = SyncWords::status(s, QStringLiteral("k1"));
            QVERIFY2(!words.isEmpty() && words != inEnglish, qPrintable(inEnglish));
        }
        QVERIFY(SyncWords::describe(SyncProblem::RateLimited, {}).contains(
            language == QLatin1String("cy") ? QStringLiteral("gweinydd") : QStringLiteral("الخادم")));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(TestSyncWords)
#include "tst_syncwords.moc"
