#pragma once
// Withdrawal at the desk, in staff mode: staff type the code a person gives them. An answer held on
// this device is found, read back, and withdrawn here at once (purged like any withdrawal, which
// then syncs); a code this device does not hold is sent to the server, which withdraws the one
// answer of the organisation with it (queued while offline). The outcome is put into words for
// staff to read back to the person.

#include <QObject>
#include <QString>
#include <qqmlregistration.h>

namespace chorus {

class DeviceStore;

class DeskWithdrawal final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DeskWithdrawal is built by the application")
    Q_PROPERTY(State state READ state NOTIFY changed)
    // The code in hand, in its printed form ("K7P3-QX9A-HH2M").
    Q_PROPERTY(QString code READ code NOTIFY changed)
    // What happened or what to confirm, in words for staff to read to the person.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    // Codes typed here that the server has not answered yet.
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)

public:
    enum class State {
        Idle,
        Invalid, // not a code
        FoundHere, // an answer on this device has the code: confirm to withdraw it
        NotHere, // no answer here has it: confirm to ask the server
        WithdrawnHere,
        Queued, // sent (or waiting to be sent) to the server
        WithdrawnByServer,
        NotFound, // the server holds no answer with the code (or it was withdrawn already)
        Several, // more than one answer has the code: nothing was withdrawn
    };
    Q_ENUM(State)

    DeskWithdrawal(DeviceStore &store, QString mediaDir, QObject *parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString code() const { return m_code; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] int waiting() const { return m_waiting; }

    Q_INVOKABLE void find(const QString &typed);
    // Withdraws what find() found, here or through the server.
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void reset();
    // After a sync: how many codes still wait, and what the server did with the one in hand.
    void refresh();
    void setLanguage(const QString &language) { m_language = language; }

Q_SIGNALS:
    void changed();
    // A withdrawal was made or queued here and should go to the server soon.
    void syncWanted();
    // The outcome is known (here, or from the server): read it back to the person.
    void answered();

private:
    void setState(State state);
    [[nodiscard]] QString spelled() const;

    DeviceStore &m_store;
    QString m_mediaDir;
    QString m_language = QStringLiteral("en");
    State m_state = State::Idle;
    QString m_code;
    QString m_foundId;
    QString m_foundWhen;
    int m_waiting = 0;
};

} // namespace chorus
