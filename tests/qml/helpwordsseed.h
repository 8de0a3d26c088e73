#pragma once
// Test helper: the organisation's "If you need help now" words arriving in a device store as a
// pull brings them (a setting written by the dashboard).

#include <QString>
#include <QVariantMap>

namespace chorus::test {

// `words`: language code to text. Each call is a newer version than the last.
void seedHelpWords(const QString &dbPath, const QVariantMap &words);

} // namespace chorus::test
