#pragma once
// Reads an enrolment QR code from the video frames a QVideoSink receives (the camera's, or any
// source's): one frame decoded at a time off the UI thread, frames arriving meanwhile skipped, and
// nothing more read once a code is found until reading starts again.

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVideoFrame>

#include <atomic>

class QImage;
class QVideoSink;

namespace chorus {

class QrFrameReader final : public QObject {
    Q_OBJECT

public:
    explicit QrFrameReader(QObject *parent = nullptr);
    ~QrFrameReader() override;

    // Frames this sink shows from now on are read.
    void watch(QVideoSink *sink);
    // Reads again after a code was found (a new scan).
    void restart();
    // Frames decoded so far (not the ones skipped while one was being decoded).
    [[nodiscard]] int framesRead() const { return m_framesRead.load(); }

    // The picture's grey levels: the luma plane of a planar YUV frame as it is (no colour
    // conversion), any other frame through QVideoFrame::toImage().
    [[nodiscard]] static QImage greyOf(const QVideoFrame &frame);

Q_SIGNALS:
    // The code as EnrolmentQr::codeFromPayload gives it ("<code>#<key id>").
    void codeFound(const QString &code);

private:
    void frameArrived(const QVideoFrame &frame);

    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_connection;
    QThreadPool m_pool;
    std::atomic<bool> m_busy { false };
    std::atomic<int> m_framesRead { 0 };
    bool m_found = false;
};

} // namespace chorus
