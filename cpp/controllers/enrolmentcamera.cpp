#include "controllers/enrolmentcamera.h"

namespace chorus {

EnrolmentCamera::EnrolmentCamera(QObject *parent)
    : QObject(parent)
{
    m_session.setVideoSink(&m_sink);
    m_reader.watch(&m_sink);
    connect(&m_reader, &QrFrameReader::codeFound, this, [this](const QString &code) {
        stop();
        Q_EMIT codeFound(code);
    });
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, &EnrolmentCamera::showInPreview);
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &EnrolmentCamera::changed);
}

EnrolmentCamera::~EnrolmentCamera()
{
    stop();
}

void EnrolmentCamera::setPreview(QObject *preview)
{
    if (preview == m_preview)
        return;
    m_preview = preview;
    Q_EMIT changed();
}

void EnrolmentCamera::showInPreview(const QVideoFrame &frame)
{
    // The session fills one sink; the preview (a VideoOutput's own sink) is shown the same frames.
    if (!m_preview)
        return;
    if (auto *sink = m_preview->property("videoSink").value<QVideoSink *>())
        sink->setVideoFrame(frame);
}

void EnrolmentCamera::start()
{
    if (m_camera || !isAvailable())
        return;
    m_problem.clear();
    m_camera = std::make_unique<QCamera>(QMediaDevices::defaultVideoInput());
    connect(m_camera.get(), &QCamera::activeChanged, this, &EnrolmentCamera::changed);
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &) {
        // Qt's own words are English only; these are translated.
        m_problem = tr("The camera could not be started. Type the code instead.");
        stop();
    });
    m_session.setCamera(m_camera.get());
    m_reader.restart();
    m_camera->start();
    Q_EMIT changed();
}

void EnrolmentCamera::stop()
{
    if (!m_camera)
        return;
    m_session.setCamera(nullptr);
    // Deleted later: stop() may run inside the camera's own signal.
    m_camera.release()->deleteLater();
    Q_EMIT changed();
}

} // namespace chorus
