#pragma once
// An idea a coordinator published for kiosks ("ideas from people here"), which people can support
// with one tap ("me too").

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace chorus {

struct PublishedIdea {
    QString id;
    QHash<QString, QString> text; // language code -> easy-read words
    QString symbol;
    QStringList sites;
    QDateTime publishedAt;
    bool published = false;
};

} // namespace chorus
