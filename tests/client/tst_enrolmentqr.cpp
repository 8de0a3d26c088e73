// Reading the enrolment code from a picture of its QR code: clean, scaled down, rotated and
// noisy pictures read; pictures of other QR codes or of nothing give no code.

#include "controllers/enrolmentqr.h"
#include "qrpicture.h"

#include <QPainter>
#include <QTest>
#include <QTransform>

using namespace chorus;

class TestEnrolmentQr : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsTheCode()
    {
        const QImage picture = test::qrPicture(QStringLiteral("chorus-enrol:ABCDE-FGHJK"));
        QVERIFY(!picture.isNull());
        QCOMPARE(EnrolmentQr::codeFromImage(picture), QStringLiteral("ABCDE-FGHJK"));
    }

    void readsAPhotoLikePicture()
    {
        // Smaller, turned a quarter, in colour, on a grey background: closer to a phone photo.
        QImage picture = test::qrPicture(QStringLiteral("chorus-enrol:K7Q2M-NP3XR"), 4)
                             .transformed(QTransform().rotate(90))
                             .convertToFormat(QImage::Format_RGB32);
        QImage photo(picture.width() + 200, picture.height() + 120, QImage::Format_RGB32);
        photo.fill(QColor(180, 180, 170));
        QPainter(&photo).drawImage(100, 60, picture);
        QCOMPARE(EnrolmentQr::codeFromImage(photo), QStringLiteral("K7Q2M-NP3XR"));
    }

    void refusesOtherCodesAndEmptyPictures()
    {
        QCOMPARE(EnrolmentQr::codeFromImage(test::qrPicture(QStringLiteral("https://example.org/"))), QString());
        QCOMPARE(EnrolmentQr::codeFromImage(test::qrPicture(QStringLiteral("chorus-enrol:AB CD"))), QString());
        QImage blank(400, 400, QImage::Format_Grayscale8);
        blank.fill(255);
        QCOMPARE(EnrolmentQr::codeFromImage(blank), QString());
        QCOMPARE(EnrolmentQr::codeFromImage(QImage()), QString());
    }

    void payloads()
    {
        QCOMPARE(EnrolmentQr::codeFromPayload(QStringLiteral(" chorus-enrol:XY12-3 ")), QStringLiteral("XY12-3"));
        QCOMPARE(EnrolmentQr::codeFromPayload(QStringLiteral("CHORUS-ENROL:XY12")), QStringLiteral("XY12"));
        QCOMPARE(EnrolmentQr::codeFromPayload(QStringLiteral("chorus-enrol:<script>")), QString());
        QCOMPARE(EnrolmentQr::codeFromPayload(QStringLiteral("XY12")), QString());
        // The organisation key id the server names is kept for the engine to check.
        QCOMPARE(EnrolmentQr::codeFromPayload(QStringLiteral("chorus-enrol:XY12-3#0123456789ABCDEF")),
            QStringLiteral("XY12-3#0123456789abcdef"));
        QCOMPARE(EnrolmentQr::codeFromPayload(QStringLiteral("chorus-enrol:XY12-3#0123")), QString());
        QCOMPARE(EnrolmentQr::codeFromPayload(QStringLiteral("chorus-enrol:XY12-3#0123456789abcdeg")), QString());
        QCOMPARE(EnrolmentQr::codeFromPayload(QStringLiteral("chorus-enrol:#0123456789abcdef")), QString());
    }
};

QTEST_GUILESS_MAIN(TestEnrolmentQr)
#include "tst_enrolmentqr.moc"
