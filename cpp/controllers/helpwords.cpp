#include "controllers/helpwords.h"

#include "storage/helpwordsrepository.h"

namespace chorus {

HelpWords::HelpWords(HelpWordsRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{ }

QString HelpWords::textLanguage() const
{
    for (const QString &language : { m_language, QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("ar") })
        if (!m_words.value(language).isEmpty())
            return language;
    return m_language;
}

void HelpWords::reload()
{
    QHash<QString, QString> words = m_repository.load();
    if (words == m_words)
        return;
    m_words = std::move(words);
    Q_EMIT changed();
}

void HelpWords::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT changed();
}

} // namespace chorus
