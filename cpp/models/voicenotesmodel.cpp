#include "models/voicenotesmodel.h"

#include "controllers/voiceplayer.h"
#include "storage/promptrepository.h"
#include "voice/opusduration.h"

#include <QLocale>

namespace chorus {

VoiceNotesModel::VoiceNotesModel(VoiceNoteRepository &notes, PromptRepository &prompts, QObject *parent)
    : QAbstractListModel(parent)
    , m_notes(notes)
    , m_prompts(prompts)
{ }

int VoiceNotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant VoiceNotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const VoiceNote &note = row.note;
    const QString prompt = row.promptText.value(m_language, row.promptText.value(QStringLiteral("en")));
    const QString date = QLocale(m_language).toString(note.createdAt.toLocalTime(), QLocale::ShortFormat);
    switch (role) {
    case ContributionIdRole:
        return note.contributionId;
    case ReferenceRole:
        return note.reference;
    case PromptTextRole:
        return prompt;
    case DateTextRole:
        return date;
    case PathRole:
        return note.path;
    case DurationMsRole:
        return note.durationMs;
    case DurationTextRole:
        return VoicePlayer::clockText(note.durationMs);
    case DescriptionRole:
        //: A voice note in the staff list: %1 the question, %2 date and time, %3 reference code, %4 its length.
        return tr("Voice note for \"%1\", %2, reference %3, %4 long")
            .arg(prompt, date, note.reference, VoicePlayer::spokenText(note.durationMs));
    default:
        return {};
    }
}

QHash<int, QByteArray> VoiceNotesModel::roleNames() const
{
    return { { ContributionIdRole, "contributionId" }, { ReferenceRole, "reference" }, { PromptTextRole, "promptText" },
        { DateTextRole, "dateText" }, { PathRole, "path" }, { DurationMsRole, "durationMs" },
        { DurationTextRole, "durationText" }, { DescriptionRole, "description" } };
}

void VoiceNotesModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_available = m_notes.playbackAllowed();
    if (m_available) {
        QHash<QString, QHash<QString, QString>> texts;
        for (const Prompt &p : m_prompts.all())
            texts.insert(p.id, p.text);
        for (VoiceNote &note : m_notes.stored()) {
            // Notes that came by sync carry no length: it is read from the Ogg headers, not decoded.
            if (note.durationMs <= 0)
                note.durationMs = opusDurationMs(note.path).value_or(0);
            m_rows.append({ note, texts.value(note.promptId) });
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

void VoiceNotesModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

} // namespace chorus
