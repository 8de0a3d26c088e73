#include "controllers/prompteditor.h"

#include "storage/devicerole.h"
#include "storage/promptrepository.h"
#include "storage/storageerror.h"

#include <QUuid>

#include <stdexcept>

namespace chorus {

namespace {
const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("ar")};
// Easy read: one short sentence (issue 3's rule for what a kiosk shows).
constexpr int kMaxWords = 15;

int wordCount(const QString &text)
{
    return int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}
} // namespace

PromptEditor::PromptEditor(PromptRepository &prompts, DeviceStore &store, QObject *parent)
    : QObject(parent)
    , m_prompts(prompts)
    , m_store(store)
{
    refresh();
}

void PromptEditor::refresh()
{
    const bool available = isCoordinatorDevice(m_store);
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availableChanged();
}

QVariantMap PromptEditor::load(const QString &id) const
{
    const Prompt prompt = id.isEmpty() ? Prompt{} : m_prompts.find(id).value_or(Prompt{});
    QVariantMap out{{QStringLiteral("id"), prompt.id}, {QStringLiteral("retired"), prompt.retired}};
    for (const auto &language : kLanguages)
        out.insert(language, prompt.text.value(language));
    QStringList formats;
    for (const auto format : prompt.formats)
        formats << formatName(format);
    if (formats.isEmpty())
        formats = {formatName(AnswerFormat::Write), formatName(AnswerFormat::Faces)};
    out.insert(QStringLiteral("formats"), formats);
    return out;
}

QString PromptEditor::save(const QVariantMap &question)
{
    if (!m_available)
        return tr("Only a coordinator device can change questions.");
    const QString id = question.value(QStringLiteral("id")).toString();
    Prompt prompt = id.isEmpty() ? Prompt{} : m_prompts.find(id).value_or(Prompt{});
    prompt.id = id.isEmpty() ? QStringLiteral("prompt-") + QUuid::createUuid().toString(QUuid::Id128) : id;
    for (const auto &language : kLanguages) {
        const QString text = question.value(language).toString().simplified();
        if (wordCount(text) > kMaxWords)
            return tr("Keep each question to %n words or fewer, so it is easy to read.", "", kMaxWords);
        if (text.isEmpty())
            prompt.text.remove(language);
        else
            prompt.text.insert(language, text);
    }
    if (prompt.text.value(QStringLiteral("en")).isEmpty())
        return tr("Write the question in English: it is shown when a language has no words of its own.");
    prompt.formats.clear();
    for (const auto &name : question.value(QStringLiteral("formats")).toStringList())
        if (const auto format = formatFromName(name))
            prompt.formats << *format;
    if (prompt.formats.isEmpty())
        return tr("Choose at least one way to answer.");
    prompt.retired = question.value(QStringLiteral("retired")).toBool();
    try {
        m_prompts.save(prompt);
    } catch (const StorageError &e) {
        return e.userMessage();
    } catch (const std::invalid_argument &e) {
        return tr("The question could not be saved: %1").arg(QString::fromStdString(e.what()));
    }
    Q_EMIT saved();
    return {};
}

} // namespace chorus
