// Enrolment from the camera without a camera: frames of generated QR codes, as a camera delivers
// them (NV12, BGRA), are shown to the same QVideoSink the capture session fills and read by the same
// reader; the code is found once, other codes and empty scenes give none, and a machine with no
// camera says so. The camera device itself is not exercised here (this machine has none).

#include "controllers/enrolmentcamera.h"
#include "controllers/qrframereader.h"
#include "qrframe.h"

#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>
#include <QVideoSink>

using namespace chorus;

namespace {
const QString kPayload = QStringLiteral("chorus-enrol:K7Q2M-NP3XR#0123456789abcdef");
const QString kCode = QStringLiteral("K7Q2M-NP3XR#0123456789abcdef");

QImage code(int scale = 4)
{
    return test::qrPicture(kPayload, scale);
}
} // namespace

class TestQrFrameReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void greyOfANv12FrameIsItsLumaPlane()
    {
        const QImage scene = test::cameraScene(code());
        const QImage grey = QrFrameReader::greyOf(test::nv12Frame(scene));
        QCOMPARE(grey.size(), scene.size());
        QCOMPARE(grey, scene.convertToFormat(QImage::Format_Grayscale8));
        const QImage fromBgra = QrFrameReader::greyOf(test::bgraFrame(scene));
        QCOMPARE(fromBgra.size(), scene.size());
    }

    void framesThroughTheSinkGiveTheCodeOnce_data()
    {
        QTest::addColumn<bool>("nv12");
        QTest::newRow("NV12, as cameras give") << true;
        QTest::newRow("BGRA") << false;
    }
    void framesThroughTheSinkGiveTheCodeOnce()
    {
        QFETCH(bool, nv12);
        auto frameOf = [&](const QImage &scene) { return nv12 ? test::nv12Frame(scene) : test::bgraFrame(scene); };
        QVideoSink sink;
        QrFrameReader reader;
        reader.watch(&sink);
        QSignalSpy found(&reader, &QrFrameReader::codeFound);
        // Before the code comes into view: an empty scene, then another QR code.
        sink.setVideoFrame(frameOf(test::cameraScene({})));
        QTRY_COMPARE(reader.framesRead(), 1);
        sink.setVideoFrame(frameOf(test::cameraScene(test::qrPicture(QStringLiteral("https://example.org/"), 4))));
        QTRY_COMPARE(reader.framesRead(), 2);
        QCOMPARE(found.size(), 0);
        // Then thirty frames of it moving across the view, as fast as a camera gives them.
        QList<QVideoFrame> frames;
        for (int i = 0; i < 30; ++i)
            frames << frameOf(test::cameraScene(code(), 100 + 5 * i, 60 + 2 * i));
        for (const QVideoFrame &frame : frames)
            sink.setVideoFrame(frame);
        QVERIFY(found.wait(10000));
        QTest::qWait(200);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).at(0).toString(), kCode);
        QVERIFY2(reader.framesRead() < 32, "frames arriving while one is decoded are skipped");
        // Nothing more is read until a new scan.
        const int read = reader.framesRead();
        sink.setVideoFrame(frameOf(test::cameraScene(code())));
        QTest::qWait(200);
        QCOMPARE(reader.framesRead(), read);
        reader.restart();
        sink.setVideoFrame(frameOf(test::cameraScene(code())));
        QVERIFY(found.wait(10000));
        QCOMPARE(found.size(), 2);
    }

    // The camera's own sink is the one read: a frame shown to it gives the code, and the camera
    // (none here) stops. Without a camera it says so and starts nothing.
    void theCamerasSinkIsRead()
    {
        EnrolmentCamera camera;
        QCOMPARE(camera.isAvailable(), !QMediaDevices::videoInputs().isEmpty());
        if (!camera.isAvailable()) {
            camera.start();
            QVERIFY(!camera.isScanning());
        }
        QSignalSpy found(&camera, &EnrolmentCamera::codeFound);
        camera.videoSink()->setVideoFrame(test::nv12Frame(test::cameraScene(code())));
        QVERIFY(found.wait(10000));
        QCOMPARE(found.at(0).at(0).toString(), kCode);
        QVERIFY(!camera.isScanning());
    }
};

QTEST_MAIN(TestQrFrameReader)
#include "tst_qrframereader.moc"
