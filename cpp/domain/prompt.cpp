#include "domain/prompt.h"

namespace chorus {

QString Prompt::textIn(const QString &language, bool *fellBack) const
{
    const QString own = text.value(language);
    if (fellBack)
        *fellBack = own.isEmpty() && language != QLatin1String("en");
    return own.isEmpty() ? text.value(QStringLiteral("en")) : own;
}

bool Prompt::isActiveAt(const QDateTime &when, const QString &siteId) const
{
    if (retired)
        return false;
    if (activeFrom.isValid() && when < activeFrom)
        return false;
    if (activeUntil.isValid() && when >= activeUntil)
        return false;
    return sites.isEmpty() || siteId.isEmpty() || sites.contains(siteId);
}

} // namespace chorus
