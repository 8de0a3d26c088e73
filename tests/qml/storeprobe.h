#pragma once
// Lets the QML tests look in the device store the way staff would: what was saved, and nothing else.

#include <QObject>
#include <QString>
#include <QVariantMap>

namespace chorus {

struct Contribution;

class StoreProbe : public QObject {
    Q_OBJECT

public:
    StoreProbe(QString dbPath, QString mediaDir, QObject *parent = nullptr);

    [[nodiscard]] Q_INVOKABLE int count() const;
    // The newest contribution as a map of what a person entered; empty when there is none.
    [[nodiscard]] Q_INVOKABLE QVariantMap latest() const;
    // The contribution `id` as latest() gives it (withdrawn ones too), or empty.
    [[nodiscard]] Q_INVOKABLE QVariantMap find(const QString &id) const;
    // Files in the media folder that have been adopted (named by their SHA-256).
    [[nodiscard]] Q_INVOKABLE int mediaFiles() const;
    // A stand-in for the voice panel's finished recording, under a media-store temporary name.
    [[nodiscard]] Q_INVOKABLE QString fakeRecording() const;
    // A saved group session: {question, dots, hideVotes, participants, nextStep, ended, votes: {ideaId: dots},
    // voteRecords, ideas: number of contributions naming it}.
    [[nodiscard]] Q_INVOKABLE QVariantMap groupSession(const QString &id) const;
    // "Me too" supports saved on this device for a published idea.
    [[nodiscard]] Q_INVOKABLE int supports(const QString &ideaId) const;
    // A path for a file staff might bring on a USB stick: beside the store, outside the media folder.
    [[nodiscard]] Q_INVOKABLE QString temporaryFile(const QString &name) const;
    Q_INVOKABLE bool writeFile(const QString &path, const QString &text) const;
    // A small PNG picture (a red square) at `path`.
    Q_INVOKABLE bool writePicture(const QString &path) const;
    // Whether any byte the device keeps (store, its WAL, media) holds `needle`: a canary scan.
    [[nodiscard]] Q_INVOKABLE bool keepsText(const QString &needle) const;
    // The organisation's help words arriving as a pull brings them; announces it as a pull does.
    Q_INVOKABLE void setHelpWords(const QVariantMap &words);

Q_SIGNALS:
    void contentArrived();

private:
    [[nodiscard]] static QVariantMap asMap(const Contribution &c);
    QString m_dbPath;
    QString m_mediaDir;
};

} // namespace chorus
