#pragma once
// Privacy is a property you scan for, on a device: every file under a folder searched for
// canaries as written and in the simple encodings a careless copy would leave them in (hex,
// base64 at each alignment, UTF-16 in both byte orders).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace chorus::test {

// The forms a canary could take on disk.
[[nodiscard]] QList<QByteArray> canaryForms(const QByteArray &canary);
// Every file under `dir` holding any canary in any of its forms, as "path: form (hex)".
[[nodiscard]] QStringList filesHoldingCanaries(const QString &dir, const QList<QByteArray> &canaries);

} // namespace chorus::test
