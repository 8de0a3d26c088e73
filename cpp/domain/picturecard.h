#pragma once
// A picture card a coordinator added for picture sorting: a picture and its words in each language.

#include <QHash>
#include <QString>

namespace chorus {

struct PictureCard {
    QString id;
    QHash<QString, QString> words; // language code -> easy-read words
    QString symbol;                // "picture:<sha256>"
    bool retired = false;
};

} // namespace chorus
