#pragma once
// A coordinator's picture card as sync leaves it on a device: the card record (a picture and words in
// English, Welsh and Arabic) and its picture in the media folder; and the first demo prompt offering
// it for sorting beside built-in cards and a card name no one made.

#include <QString>

namespace chorus::test {

inline const QString kSeededCardId = QStringLiteral("0c4a1f2e3d5b6a7980e1f2a3b4c5d6e7");
inline const QString kUnknownCardId = QStringLiteral("no-such-card");

// Returns the card's id.
QString seedPictureCard(const QString &dbPath, const QString &mediaDir, const QString &promptId);

} // namespace chorus::test
