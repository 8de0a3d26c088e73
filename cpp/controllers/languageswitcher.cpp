#include "controllers/languageswitcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcLanguage, "chorus.language")

namespace chorus {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
    , m_englishPlurals(std::make_unique<QTranslator>())
{
    // Underneath every language: English's own plural forms, so "%n change(s)" reads "1 change".
    if (m_englishPlurals->load(QStringLiteral(":/i18n/chorus_en.qm")))
        QCoreApplication::installTranslator(m_englishPlurals.get());
    else
        qCWarning(lcLanguage) << "no English plural forms built";
}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    QCoreApplication::removeTranslator(m_englishPlurals.get());
}

bool LanguageSwitcher::isRightToLeft() const
{
    return m_language == QLatin1String("ar");
}

QVariantList LanguageSwitcher::languages() const
{
    return {
        QVariantMap{{QStringLiteral("code"), QStringLiteral("en")}, {QStringLiteral("name"), QStringLiteral("English")}},
        QVariantMap{{QStringLiteral("code"), QStringLiteral("cy")}, {QStringLiteral("name"), QStringLiteral("Cymraeg")}},
        QVariantMap{{QStringLiteral("code"), QStringLiteral("ar")},
                    {QStringLiteral("name"), QString::fromUtf8("العربية")}},
    };
}

void LanguageSwitcher::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    if (code != QLatin1String("en") && code != QLatin1String("cy") && code != QLatin1String("ar")) {
        qCWarning(lcLanguage) << "unknown language" << code;
        return;
    }
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    if (code != QLatin1String("en")) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/chorus_") + code + QStringLiteral(".qm"))) {
            QCoreApplication::installTranslator(translator.get());
            m_translator = std::move(translator);
        } else {
            qCWarning(lcLanguage) << "no translation built for" << code;
        }
    }
    m_language = code;
    Q_EMIT languageChanged();
    if (m_engine)
        m_engine->retranslate();
}

} // namespace chorus
