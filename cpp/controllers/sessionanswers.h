#pragma once
// "This session's answers" on an outreach tablet: the worker opens one (when the person allowed it
// on the consent screen), corrects a typo in a written answer (an edit that syncs like any other
// change), or withdraws one at the person's request (purged here and, at sync, everywhere). The
// store holds answers sealed to the organisation, so the copies shown here live only in this
// process's memory, encrypted under the session's own key (sync::seal::SessionVault): a new
// session, the end of the session or the end of the app makes them unreadable for good.

#include "domain/contribution.h"
#include "models/sessionanswersmodel.h"
#include "seal/sessionvault.h"

#include <QDateTime>
#include <QObject>
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
    // Replaces a written answer's words; empty on success, otherwise why not, in words.
    [[nodiscard]] Q_INVOKABLE QString correct(const QString &id, const QString &text);
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
