#pragma once
// "This session's answers" on an outreach tablet: the worker opens one (when the person allowed it
// on the consent screen), puts right what was taken down wrongly (a typo in a written answer, the
// face chosen, the pile a picture card went to: an edit that syncs like any other change; a voice
// note or drawing is sealed and cannot be seen here, so it is withdrawn and taken again), or withdraws one at the person's request (purged here and, at sync, everywhere). The
// store holds answers sealed to the organisation, so the copies shown here live only in this
// process's memory, encrypted under the session's own key (sync::seal::SessionVault): a new
// session, the end of the session or the end of the app makes them unreadable for good.

#include "domain/contribution.h"
#include "models/sessionanswersmodel.h"
#include "seal/sessionvault.h"

#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <qqmlregistration.h>

namespace chorus {

class DeviceStore;

class SessionAnswers final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SessionAnswers is built by the application")
    Q_PROPERTY(chorus::SessionAnswersModel *model READ model CONSTANT)
    // The person's choice, on the consent screen, to let the worker open this answer today. Off for
    // every answer until they turn it on; taken with the answer when it is saved.
    Q_PROPERTY(bool workerMayOpen READ workerMayOpen WRITE setWorkerMayOpen NOTIFY changed)
    // A session's key is held: there is a list to show.
    Q_PROPERTY(bool holding READ isHolding NOTIFY changed)

public:
    SessionAnswers(DeviceStore &store, QString mediaDir, QObject *parent = nullptr);

    [[nodiscard]] SessionAnswersModel *model() { return &m_model; }
    [[nodiscard]] bool workerMayOpen() const { return m_workerMayOpen; }
    void setWorkerMayOpen(bool on);
    [[nodiscard]] bool isHolding() const { return m_vault.isOpen(); }

    // The running session (empty: none). A different session gets a fresh key and an empty list;
    // so does the same session picked up after a restart, since its key died with the process.
    void setSession(const QString &sessionId);
    // From the writer: an answer saved in this session joins the list.
    void noteSaved(const chorus::Contribution &stored);
    // A new answer begins: nobody has said the worker may open it.
    void answerBegun();

    // {answerId, number, time, format, assisted, mayOpen, mayCorrect} and, when the person allowed
    // it, {text, rating, symbols: [{symbol, pile}], contactName, contactDetail}. Empty if unknown.
    [[nodiscard]] Q_INVOKABLE QVariantMap answer(const QString &id) const;
    // Each replaces one field of an answer the worker may open; empty on success, otherwise why not,
    // in words. A written answer's words:
    [[nodiscard]] Q_INVOKABLE QString correct(const QString &id, const QString &text);
    // A faces answer's face, 1 to 5:
    [[nodiscard]] Q_INVOKABLE QString correctRating(const QString &id, int rating);
    // A picture answer's piles, [{symbol, pile}]: the same cards, each in "good", "unsure" or "bad".
    [[nodiscard]] Q_INVOKABLE QString correctPiles(const QString &id, const QVariantList &symbols);
    [[nodiscard]] Q_INVOKABLE bool withdraw(const QString &id);

Q_SIGNALS:
    void changed();
    // The count on the home, and the next sync, should follow.
    void storeChanged();

private:
    struct Row {
        QString id;
        int number = 0;
        QDateTime at;
        QString format;
        bool assisted = false;
        bool mayOpen = false;
    };
    [[nodiscard]] const Row *row(const QString &id) const;
    [[nodiscard]] std::optional<Contribution> held(const QString &id) const;
    // Validates the corrected copy, writes `field` of it as an edit, keeps the new copy.
    [[nodiscard]] QString saveCorrection(const Contribution &corrected, const char *field);
    [[nodiscard]] static bool correctable(AnswerFormat format);
    [[nodiscard]] static QString cannotCorrect();
    void keepCopy(const Contribution &c);
    [[nodiscard]] static QVariantMap rowMap(const Row &r);
    void publish();

    DeviceStore &m_store;
    QString m_mediaDir;
    QString m_sessionId;
    sync::seal::SessionVault m_vault;
    QList<Row> m_rows;
    int m_taken = 0;
    bool m_workerMayOpen = false;
    SessionAnswersModel m_model;
};

} // namespace chorus
