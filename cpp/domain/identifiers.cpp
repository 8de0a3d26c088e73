#include "domain/identifiers.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace chorus {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr int kAlphabetSize = sizeof(kAlphabet) - 1;
// 31^12 ≈ 7.9 × 10^17 codes: among 10 million answers of one organisation the chance that any two
// share a code is about 1 in 16,000 (docs/privacy.md); the server shows every match anyway.
constexpr int kReferenceLength = 12;
constexpr int kReferenceGroup = 4;
constexpr int kLegacyReferenceLength = 6;
} // namespace

QString newUuidV7()
{
    quint8 bytes[16];
    const quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<quint8>(ms >> (8 * (5 - i)));
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes + 8), 2);
    const quint32 r = QRandomGenerator::system()->generate();
    bytes[6] = static_cast<quint8>(0x70 | (r & 0x0f));
    bytes[7] = static_cast<quint8>(r >> 8);
    bytes[8] = static_cast<quint8>(0x80 | (bytes[8] & 0x3f));
    const QString hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), 16).toHex());
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) + QLatin1Char('-')
        + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

QString newReferenceCode()
{
    QString code;
    for (int i = 0; i < kReferenceLength; ++i) {
        if (i > 0 && i % kReferenceGroup == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(kAlphabetSize)]);
    }
    return code;
}

QString normaliseReferenceCode(const QString &text)
{
    QString plain;
    for (const QChar c : text.toUpper())
        if (c.isLetterOrNumber())
            plain += c;
    // Codes given before 2026-12 were six characters in two groups of three; they still work.
    const int group = plain.size() == kLegacyReferenceLength ? 3 : plain.size() == kReferenceLength ? kReferenceGroup : 0;
    if (group == 0)
        return {};
    QString code;
    for (int i = 0; i < plain.size(); i += group)
        code += (i > 0 ? QStringLiteral("-") : QString()) + plain.mid(i, group);
    return code;
}

bool looksLikeReferenceCode(const QString &text)
{
    const QString code = normaliseReferenceCode(text);
    if (code.isEmpty())
        return false;
    for (const QChar c : code)
        if (c != QLatin1Char('-') && !QByteArray(kAlphabet).contains(static_cast<char>(c.unicode())))
            return false;
    return true;
}

} // namespace chorus
