#include "controllers/kiosksession.h"

#include "controllers/drawingrenderer.h"
#include "storage/contributionwriter.h"
#include "storage/mediastore.h"
#include "voice/voicedraftfolder.h"

#include "seal/draftkeys.h"

#include <QFile>
#include <QThreadPool>

namespace chorus {

QString KioskSession::mediaFolder() const
{
    return m_media.directory();
}

KioskSession::KioskSession(ContributionWriter &writer, const MediaStore &media, QString siteId, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_media(media)
    , m_siteId(std::move(siteId))
{
    connect(&m_writer, &ContributionWriter::saved, this, [this](const Contribution &stored) {
        if (m_state != State::Sending)
            return;
        m_reference = stored.reference;
        setState(State::Sent);
    });
    connect(&m_writer, &ContributionWriter::saveFailed, this, [this](const QString &message) {
        if (m_state == State::Sending)
            setState(State::Failed, message);
    });
    connect(this, &KioskSession::drawingFailed, this, [this](const QString &message, quint64 generation) {
        if (generation == m_generation && m_state == State::Sending)
            setState(State::Failed, message);
    });
}

void KioskSession::setText(const QString &text)
{
    if (text == m_draft.text)
        return;
    m_draft.text = text;
    Q_EMIT draftChanged();
}

void KioskSession::setRating(int rating)
{
    const std::optional<int> value = rating >= 1 && rating <= 5 ? std::optional<int>(rating) : std::nullopt;
    if (value == m_draft.rating)
        return;
    m_draft.rating = value;
    Q_EMIT draftChanged();
}

QVariantMap KioskSession::piles() const
{
    QVariantMap map;
    for (const SortedSymbol &s : m_draft.symbols)
        map.insert(s.symbol, pileName(s.pile));
    return map;
}

void KioskSession::setMayQuote(bool on)
{
    if (on == m_draft.consent.mayQuote)
        return;
    m_draft.consent.mayQuote = on;
    Q_EMIT draftChanged();
}

void KioskSession::setContactMe(bool on)
{
    if (on == m_draft.consent.contactMe)
        return;
    m_draft.consent.contactMe = on;
    if (!on) {
        // Details typed and then withdrawn must not travel with the answer.
        m_draft.contactName.clear();
        m_draft.contactDetail.clear();
    }
    Q_EMIT draftChanged();
}

void KioskSession::setContactName(const QString &name)
{
    if (name == m_draft.contactName)
        return;
    m_draft.contactName = name;
    Q_EMIT draftChanged();
}

void KioskSession::setContactDetail(const QString &detail)
{
    if (detail == m_draft.contactDetail)
        return;
    m_draft.contactDetail = detail;
    Q_EMIT draftChanged();
}

bool KioskSession::hasAnswer() const
{
    switch (m_draft.format) {
    case AnswerFormat::Write:
        return !m_draft.text.trimmed().isEmpty();
    case AnswerFormat::Faces:
        return m_draft.rating.has_value();
    case AnswerFormat::Pictures:
        return !m_draft.symbols.isEmpty();
    case AnswerFormat::Draw:
        return !m_strokes.isEmpty();
    case AnswerFormat::Speak:
        return hasRecording();
    }
    return false;
}

void KioskSession::begin(const QString &promptId)
{
    reset();
    m_draft.promptId = promptId;
    Q_EMIT draftChanged();
}

void KioskSession::beginGroupIdea(const QString &sessionId)
{
    reset();
    m_draft.promptId = sessionId;
    m_draft.groupSessionId = sessionId;
    Q_EMIT draftChanged();
}

void KioskSession::chooseFormat(const QString &format)
{
    const auto parsed = formatFromName(format);
    if (!parsed || format == m_format)
        return;
    clearAnswer();
    m_format = format;
    m_draft.format = *parsed;
    Q_EMIT draftChanged();
}

void KioskSession::setPile(const QString &symbol, const QString &pile)
{
    QList<SortedSymbol> &symbols = m_draft.symbols;
    symbols.removeIf([&](const SortedSymbol &s) { return s.symbol == symbol; });
    if (const auto parsed = pileFromName(pile))
        symbols.append({symbol, *parsed});
    Q_EMIT draftChanged();
}

void KioskSession::addStroke(const QVariantList &points)
{
    if (points.isEmpty())
        return;
    m_strokes.append(QVariant(points));
    Q_EMIT draftChanged();
}

void KioskSession::clearDrawing()
{
    m_strokes.clear();
    Q_EMIT draftChanged();
}

void KioskSession::attachRecording(const QString &tempPath, const QString &mime, qint64 durationMs)
{
    if (tempPath == m_recording.tempPath)
        return;
    discardRecording();
    m_recording = PendingMedia{tempPath, mime, durationMs};
    Q_EMIT draftChanged();
}

void KioskSession::clearRecording()
{
    discardRecording();
    Q_EMIT draftChanged();
}

void KioskSession::discardRecording()
{
    if (m_recording.tempPath.isEmpty())
        return;
    // A recording nobody sent is deleted, not left for the next person to find.
    QThreadPool::globalInstance()->start([path = m_recording.tempPath] { VoiceDraftFolder::remove(path); });
    m_recording = {};
}

void KioskSession::setLanguage(const QString &language)
{
    m_draft.language = language;
}

void KioskSession::send()
{
    if (m_state == State::Sending || m_state == State::Sent)
        return;
    if (!hasAnswer()) {
        setState(State::Failed, tr("There is no answer to send yet."));
        return;
    }
    setState(State::Sending);
    const Contribution draft = toSend();
    // Each answer goes straight to the writer's thread: this thread is never asked again on the way.
    if (m_draft.format == AnswerFormat::Speak) {
        m_writer.save(draft, {m_recording});
        return;
    }
    if (m_draft.format != AnswerFormat::Draw) {
        m_writer.save(draft);
        return;
    }
    // A drawing is drawn and encrypted on a pool thread, which hands it to the writer itself.
    const QList<QPolygonF> strokes = drawing::strokesFromVariant(m_strokes);
    const QString path = m_media.temporaryPath(QStringLiteral("png"));
    const quint64 generation = m_generation;
    QThreadPool::globalInstance()->start([this, writer = &m_writer, draft, strokes, path, generation] {
        if (drawing::writeDraft(drawing::render(strokes), path))
            writer->save(draft, {PendingMedia{path, QStringLiteral("image/png"), 0}});
        else
            Q_EMIT drawingFailed(tr("The drawing could not be saved on this device. Please tell a member of staff."),
                                 generation); // queued: emitted from the pool thread
    });
}

Contribution KioskSession::toSend() const
{
    Contribution draft = m_draft;
    draft.siteId = m_siteId;
    draft.outreachSessionId = m_outreachSessionId;
    draft.assistedBy = m_assistedBy;
    if (!draft.consent.contactMe) {
        draft.contactName.clear();
        draft.contactDetail.clear();
    }
    return draft;
}

void KioskSession::setOutreach(const QString &sessionId, const QString &assistedBy)
{
    m_outreachSessionId = sessionId;
    m_assistedBy = assistedBy;
}

void KioskSession::reset()
{
    ++m_generation;
    const QString language = m_draft.language;
    m_draft = Contribution{};
    m_draft.language = language;
    m_format.clear();
    m_strokes.clear();
    // Once sent, the writer owns the recording file; before that it is this visit's to delete.
    if (m_state == State::Sent || m_state == State::Sending)
        m_recording = {};
    discardRecording();
    m_reference.clear();
    setState(State::Editing);
    Q_EMIT draftChanged();
}

void KioskSession::clearAnswer()
{
    m_draft.text.clear();
    m_draft.rating.reset();
    m_draft.symbols.clear();
    m_strokes.clear();
    discardRecording();
}

void KioskSession::setState(State state, const QString &error)
{
    if (state == m_state && error == m_error)
        return;
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged();
}

} // namespace chorus
