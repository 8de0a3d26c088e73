#pragma once
// One person's visit: the answer they are building, kept only in memory until Send, then handed
// to the ContributionWriter off the UI thread. reset() forgets every field.

#include "domain/contribution.h"
#include "storage/mediastore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <qqmlregistration.h>

namespace chorus {

class ContributionWriter;
class MediaStore;

class KioskSession final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("KioskSession is built by the application")
    Q_PROPERTY(QString promptId READ promptId NOTIFY draftChanged)
    Q_PROPERTY(QString format READ format NOTIFY draftChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY draftChanged)
    Q_PROPERTY(int rating READ rating WRITE setRating NOTIFY draftChanged)
    Q_PROPERTY(QVariantMap piles READ piles NOTIFY draftChanged)
    Q_PROPERTY(QVariantList strokes READ strokes NOTIFY draftChanged)
    Q_PROPERTY(bool hasRecording READ hasRecording NOTIFY draftChanged)
    Q_PROPERTY(bool mayQuote READ mayQuote WRITE setMayQuote NOTIFY draftChanged)
    Q_PROPERTY(bool contactMe READ contactMe WRITE setContactMe NOTIFY draftChanged)
    Q_PROPERTY(QString contactName READ contactName WRITE setContactName NOTIFY draftChanged)
    Q_PROPERTY(QString contactDetail READ contactDetail WRITE setContactDetail NOTIFY draftChanged)
    Q_PROPERTY(bool hasAnswer READ hasAnswer NOTIFY draftChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    Q_PROPERTY(QString reference READ reference NOTIFY stateChanged)
    // Where the voice recorder writes its draft, so a kept note can become a media item on Send.
    Q_PROPERTY(QString mediaFolder READ mediaFolder CONSTANT)

public:
    enum class State { Editing, Sending, Failed, Sent };
    Q_ENUM(State)

    // `media` only names temporary files here; the writer adopts them on its own thread.
    KioskSession(ContributionWriter &writer, const MediaStore &media, QString siteId, QObject *parent = nullptr);
    [[nodiscard]] QString mediaFolder() const;

    [[nodiscard]] QString promptId() const { return m_draft.promptId; }
    [[nodiscard]] QString format() const { return m_format; }
    [[nodiscard]] QString text() const { return m_draft.text; }
    void setText(const QString &text);
    [[nodiscard]] int rating() const { return m_draft.rating.value_or(0); }
    void setRating(int rating);
    [[nodiscard]] QVariantMap piles() const;
    [[nodiscard]] QVariantList strokes() const { return m_strokes; }
    [[nodiscard]] bool hasRecording() const { return !m_recording.tempPath.isEmpty(); }
    [[nodiscard]] bool mayQuote() const { return m_draft.consent.mayQuote; }
    void setMayQuote(bool on);
    [[nodiscard]] bool contactMe() const { return m_draft.consent.contactMe; }
    void setContactMe(bool on);
    [[nodiscard]] QString contactName() const { return m_draft.contactName; }
    void setContactName(const QString &name);
    [[nodiscard]] QString contactDetail() const { return m_draft.contactDetail; }
    void setContactDetail(const QString &detail);
    [[nodiscard]] bool hasAnswer() const;
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString errorMessage() const { return m_error; }
    [[nodiscard]] QString reference() const { return m_reference; }

    Q_INVOKABLE void begin(const QString &promptId);
    // An idea for a group session: answers the session's question and names the session.
    Q_INVOKABLE void beginGroupIdea(const QString &sessionId);
    // Formats are "speak", "write", "faces", "pictures", "draw". Switching clears the old answer.
    Q_INVOKABLE void chooseFormat(const QString &format);
    // Piles are "good", "unsure", "bad"; an empty pile takes the card back off the mat.
    Q_INVOKABLE void setPile(const QString &symbol, const QString &pile);
    // Points are {x, y} in 0..1 of the drawing area, so the saved PNG does not depend on screen size.
    Q_INVOKABLE void addStroke(const QVariantList &points);
    Q_INVOKABLE void clearDrawing();
    // The voice panel's finished recording, still under its temporary name; adopted only on Send.
    Q_INVOKABLE void attachRecording(const QString &tempPath, const QString &mime, qint64 durationMs);
    Q_INVOKABLE void clearRecording();
    Q_INVOKABLE void setLanguage(const QString &language);
    // The site answers are recorded for; changes when the device is enrolled.
    void setSiteId(const QString &siteId) { m_siteId = siteId; }
    // On an outreach tablet, what each answer sent from now on carries: the worker's session, and
    // the worker who is writing it for the person (empty: the person answers). Kept across reset()
    // (begin() resets); the outreach controller sets both for each answer and clears the helper
    // once it is sent.
    void setOutreach(const QString &sessionId, const QString &assistedBy);
    Q_INVOKABLE void send();
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void draftChanged();
    void stateChanged();
    void drawingFailed(const QString &message, quint64 generation);

private:
    void setState(State state, const QString &error = {});
    void clearAnswer();
    // The answer as it is saved: the visit's draft with where it was given, contact details only if asked for.
    [[nodiscard]] Contribution toSend() const;
    void discardRecording();

    ContributionWriter &m_writer;
    const MediaStore &m_media;
    QString m_siteId;
    QString m_outreachSessionId;
    QString m_assistedBy;
    QString m_format;
    Contribution m_draft;
    QVariantList m_strokes;
    PendingMedia m_recording;
    State m_state = State::Editing;
    QString m_error;
    QString m_reference;
    // Bumped by reset(), so a reply to a previous person's Send never lands in the next visit.
    quint64 m_generation = 0;
};

} // namespace chorus
