// The kiosk app ends cleanly when systemd stops it: SIGTERM gives exit status 0 (so
// Restart=on-failure does not bring it back), and the store is closed with no write-ahead log left.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestCleanExit : public QObject {
    Q_OBJECT
private slots:
    void sigtermExitsWithStatusZero_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM (systemd stop)") << int(SIGTERM);
        QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
    }

    void sigtermExitsWithStatusZero()
    {
        QFETCH(int, signal);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("chorus.sqlite"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const char *var : { "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME" })
            env.insert(QString::fromLatin1(var), dir.filePath(QString::fromLatin1(var).toLower()));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(CHORUS_APP),
            { QStringLiteral("--db"), db, QStringLiteral("--media"), dir.filePath(QStringLiteral("media")),
                QStringLiteral("--tts"), QStringLiteral("none") });
        QVERIFY(app.waitForStarted());
        // Up means the store is open (its WAL exists) and the event loop is running.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db + QStringLiteral("-wal")), 20000);
        QTest::qWait(1500);
        QVERIFY2(app.state() == QProcess::Running, qPrintable(QString::fromLocal8Bit(app.readAllStandardError())));
        ::kill(static_cast<pid_t>(app.processId()), signal);
        QVERIFY(app.waitForFinished(15000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(!QFile::exists(db + QStringLiteral("-wal")), "the store was not closed: its WAL is still there");
    }
};

QTEST_GUILESS_MAIN(TestCleanExit)
#include "tst_cleanexit.moc"
