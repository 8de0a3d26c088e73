#include "controllers/qrframereader.h"

#include "controllers/enrolmentqr.h"

#include <QImage>
#include <QVideoSink>

#include <cstring>

namespace chorus {

QrFrameReader::QrFrameReader(QObject *parent)
    : QObject(parent)
{
    // Decoding a frame takes tens of milliseconds; one at a time keeps the UI and the camera smooth.
    m_pool.setMaxThreadCount(1);
}

QrFrameReader::~QrFrameReader()
{
    disconnect(m_connection);
    m_pool.waitForDone();
}

void QrFrameReader::watch(QVideoSink *sink)
{
    if (sink == m_sink)
        return;
    disconnect(m_connection);
    m_sink = sink;
    if (sink)
        m_connection = connect(sink, &QVideoSink::videoFrameChanged, this, &QrFrameReader::frameArrived);
}

void QrFrameReader::restart()
{
    m_found = false;
}

QImage QrFrameReader::greyOf(const QVideoFrame &source)
{
    QVideoFrame frame(source);
    switch (frame.pixelFormat()) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8: {
        // Cameras deliver these; their first plane is the grey picture already, a byte a pixel.
        if (!frame.map(QVideoFrame::ReadOnly))
            return {};
        QImage grey(frame.width(), frame.height(), QImage::Format_Grayscale8);
        const int stride = frame.bytesPerLine(0);
        if (stride >= frame.width() && frame.mappedBytes(0) >= stride * frame.height())
            for (int y = 0; y < frame.height(); ++y)
                std::memcpy(grey.scanLine(y), frame.bits(0) + y * stride, size_t(frame.width()));
        else
            grey = QImage();
        frame.unmap();
        return grey;
    }
    default:
        return frame.toImage().convertToFormat(QImage::Format_Grayscale8);
    }
}

void QrFrameReader::frameArrived(const QVideoFrame &frame)
{
    if (m_found || !frame.isValid() || m_busy.exchange(true))
        return;
    QPointer<QrFrameReader> self(this);
    // The frame is shared, not copied: the pool reads it while the camera fills the next.
    m_pool.start([self, frame, this] {
        const QString code = EnrolmentQr::codeFromImage(greyOf(frame));
        ++m_framesRead;
        m_busy = false;
        if (code.isEmpty())
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, code] {
                if (!self || self->m_found)
                    return;
                self->m_found = true;
                Q_EMIT self->codeFound(code);
            },
            Qt::QueuedConnection);
    });
}

} // namespace chorus
