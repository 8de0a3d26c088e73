#pragma once
// Switches the interface language at once: installs the translator, retranslates every qsTr on
// screen and says whether the layout mirrors.

#include <QObject>
#include <QString>
#include <QVariantList>
#include <qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QTranslator;

namespace chorus {

class LanguageSwitcher : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("LanguageSwitcher is built by the application")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ isRightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] bool isRightToLeft() const;
    // Each language named in itself, so a person finds theirs without reading English.
    [[nodiscard]] QVariantList languages() const;

    void setLanguage(const QString &code);
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

Q_SIGNALS:
    void languageChanged();

private:
    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_englishPlurals;
    QQmlEngine *m_engine = nullptr;
};

} // namespace chorus
