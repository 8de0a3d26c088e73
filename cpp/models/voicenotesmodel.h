#pragma once
// The stored voice notes staff can play back on a coordinator device: question, date, reference
// code and length, read from the VoiceNoteRepository.

#include "storage/voicenoterepository.h"

#include <QAbstractListModel>
#include <qqmlregistration.h>

namespace chorus {

class PromptRepository;

class VoiceNotesModel final : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("VoiceNotesModel is built by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // False on kiosks and outreach devices: the list stays empty and the panel says why.
    Q_PROPERTY(bool available READ available NOTIFY countChanged)

public:
    enum Roles {
        ContributionIdRole = Qt::UserRole + 1,
        ReferenceRole,
        PromptTextRole,
        DateTextRole,
        PathRole,
        DurationMsRole,
        DurationTextRole,
        // One sentence for a screen reader: question, date, reference and length.
        DescriptionRole,
    };
    Q_ENUM(Roles)

    VoiceNotesModel(VoiceNoteRepository &notes, PromptRepository &prompts, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool available() const { return m_available; }

    // Also called by the staff panel when it opens, so what arrived since shows.
    Q_INVOKABLE void reload();
    void setLanguage(const QString &language);

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        VoiceNote note;
        QHash<QString, QString> promptText;
    };

    VoiceNoteRepository &m_notes;
    PromptRepository &m_prompts;
    QList<Row> m_rows;
    bool m_available = false;
    QString m_language = QStringLiteral("en");
};

} // namespace chorus
