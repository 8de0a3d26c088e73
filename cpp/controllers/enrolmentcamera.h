#pragma once
// Enrolment from the camera: the device's camera, when it has one, shows its frames to a video sink
// whose frames QrFrameReader reads for the coordinator's enrolment QR code; the code found goes the
// way a typed code goes (the panel hands it to Sync.enrol). Says when there is no camera, so the
// screen can offer the typed code and the picture file instead.

#include "controllers/qrframereader.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QObject>
#include <QPointer>
#include <QVideoSink>
#include <qqmlregistration.h>

#include <memory>

namespace chorus {

// Not final: QML creates it through a subclass of its own.
class EnrolmentCamera : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // A camera is there to use.
    Q_PROPERTY(bool available READ isAvailable NOTIFY changed)
    // The camera runs and its frames are being read.
    Q_PROPERTY(bool scanning READ isScanning NOTIFY changed)
    // The camera would not start (in use, refused); empty otherwise.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    // The sink the capture session fills and the reader reads.
    Q_PROPERTY(QVideoSink *videoSink READ videoSink CONSTANT)
    // A VideoOutput to show what the camera sees, so the QR code can be aimed at; optional.
    Q_PROPERTY(QObject *preview READ preview WRITE setPreview NOTIFY changed)

public:
    explicit EnrolmentCamera(QObject *parent = nullptr);
    ~EnrolmentCamera() override;

    [[nodiscard]] bool isAvailable() const { return !m_devices.videoInputs().isEmpty(); }
    [[nodiscard]] bool isScanning() const { return m_camera && m_camera->isActive(); }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] QVideoSink *videoSink() { return &m_sink; }
    [[nodiscard]] QObject *preview() const { return m_preview; }
    void setPreview(QObject *preview);

    // Starts the default camera and reads its frames; nothing without a camera.
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void changed();
    void codeFound(const QString &code);

private:
    void showInPreview(const QVideoFrame &frame);

    QMediaDevices m_devices;
    QMediaCaptureSession m_session;
    QVideoSink m_sink;
    std::unique_ptr<QCamera> m_camera;
    QrFrameReader m_reader;
    QPointer<QObject> m_preview;
    QString m_problem;
};

} // namespace chorus
