#pragma once
// The organisation's "If you need help now" words in the person's language, for the Thank-you
// screen: their own language, else English, else whichever language the organisation wrote.

#include <QHash>
#include <QObject>
#include <QString>
#include <qqmlregistration.h>

namespace chorus {

class HelpWordsRepository;

class HelpWords final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("HelpWords is built by the application")
    Q_PROPERTY(QString text READ text NOTIFY changed)
    // The language `text` is in: differs from the person's when there were no words in theirs.
    Q_PROPERTY(QString textLanguage READ textLanguage NOTIFY changed)
    Q_PROPERTY(bool fellBack READ fellBack NOTIFY changed)

public:
    explicit HelpWords(HelpWordsRepository &repository, QObject *parent = nullptr);

    [[nodiscard]] QString text() const { return m_words.value(textLanguage()); }
    [[nodiscard]] QString textLanguage() const;
    [[nodiscard]] bool fellBack() const { return !text().isEmpty() && textLanguage() != m_language; }

    void reload();
    void setLanguage(const QString &language);

Q_SIGNALS:
    void changed();

private:
    HelpWordsRepository &m_repository;
    QHash<QString, QString> m_words;
    QString m_language = QStringLiteral("en");
};

} // namespace chorus
