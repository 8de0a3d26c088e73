#include "canaryforms.h"

#include <QDirIterator>
#include <QFile>

namespace chorus::test {

QList<QByteArray> canaryForms(const QByteArray &canary)
{
    QList<QByteArray> out { canary, canary.toHex(), canary.toHex().toUpper() };
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray shifted = QByteArray(shift, 'x') + canary;
        const QByteArray encoded = shifted.toBase64();
        // Skip the characters that mix in the bytes before it, and the last two that may be padding.
        const int skip = (shift * 4 + 2) / 3 + 1;
        out << encoded.mid(skip, encoded.size() - skip - 4);
    }
    QByteArray le, be;
    for (const char c : canary) {
        le.append(c).append('\0');
        be.append('\0').append(c);
    }
    out << le << be;
    return out;
}

QStringList filesHoldingCanaries(const QString &dir, const QList<QByteArray> &canaries)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const auto &canary : canaries)
            for (const auto &form : canaryForms(canary))
                if (bytes.contains(form))
                    found << path + QStringLiteral(": ") + QString::fromLatin1(form.left(40).toHex());
    }
    return found;
}

} // namespace chorus::test
