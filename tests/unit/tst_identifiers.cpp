// UUIDv7 and reference codes.

#include "domain/identifiers.h"

#include <QSet>
#include <QTest>

using namespace chorus;

class TestIdentifiers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void uuidV7IsWellFormedAndTimeOrdered()
    {
        const QString a = newUuidV7();
        QTest::qWait(2);
        const QString b = newUuidV7();
        QCOMPARE(a.size(), 36);
        QCOMPARE(a.at(14), QLatin1Char('7'));
        QVERIFY(QStringLiteral("89ab").contains(a.at(19)));
        QVERIFY(a.left(13) < b.left(13));
    }
    void referenceCodesAreReadableAndVaried()
    {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString code = newReferenceCode();
            QCOMPARE(code.size(), 14);
            QCOMPARE(code.at(4), QLatin1Char('-'));
            QCOMPARE(code.at(9), QLatin1Char('-'));
            QVERIFY(looksLikeReferenceCode(code));
            for (const QChar c : QStringLiteral("01OIL"))
                QVERIFY(!code.contains(c));
            seen.insert(code);
        }
        // 12 characters of 31: a repeat in 2000 draws would be a broken generator, not bad luck.
        QCOMPARE(seen.size(), 2000);
    }
    void normalisesWhatStaffType()
    {
        QCOMPARE(normaliseReferenceCode(QStringLiteral(" k7p 3qx ")), QStringLiteral("K7P-3QX"));
        QCOMPARE(normaliseReferenceCode(QStringLiteral("k7p-3qx")), QStringLiteral("K7P-3QX"));
        QVERIFY(normaliseReferenceCode(QStringLiteral("K7P-3Q")).isEmpty());
        QCOMPARE(normaliseReferenceCode(QStringLiteral("k7p3 qx9a-hh2m")), QStringLiteral("K7P3-QX9A-HH2M"));
        QVERIFY(normaliseReferenceCode(QStringLiteral("K7P3-QX9A-HH2")).isEmpty());
        QVERIFY(looksLikeReferenceCode(QStringLiteral("K7P3-QX9A-HH2M")));
        QVERIFY(!looksLikeReferenceCode(QStringLiteral("OOO-111")));
    }
};

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
