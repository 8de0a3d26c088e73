#pragma once
// A consultation question as a kiosk shows it: easy-read text per language, a symbol, the answer
// formats it allows and where and when it is shown.

#include "domain/contribution.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace chorus {

struct Prompt {
    QString id;
    QHash<QString, QString> text; // language code -> easy-read sentence
    QString symbol;               // name of an SVG in assets/symbols, without extension
    QList<AnswerFormat> formats;
    QStringList cards; // symbols offered for picture sorting
    QDateTime activeFrom;
    QDateTime activeUntil;
    QStringList sites; // empty: every site
    int position = 0;
    bool retired = false;

    // The text in a language, falling back to English; `fellBack` tells the screen to say so.
    [[nodiscard]] QString textIn(const QString &language, bool *fellBack = nullptr) const;
    [[nodiscard]] bool isActiveAt(const QDateTime &when, const QString &siteId) const;
};

} // namespace chorus
