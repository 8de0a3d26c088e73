#include "domain/identifiers.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace chorus {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr int kAlphabetSize = sizeof(kAlphabet) - 1;
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
    for (int i = 0; i < 6; ++i) {
        if (i == 3)
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
    if (plain.size() != 6)
        return {};
    return plain.left(3) + QLatin1Char('-') + plain.mid(3);
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
