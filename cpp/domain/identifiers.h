#pragma once
// Identifiers a contribution is given on save.

#include <QString>

namespace chorus {

// A UUIDv7: time-ordered, so new contributions sort and index well.
[[nodiscard]] QString newUuidV7();
// A short code a person can read out to staff, from letters and digits that cannot be confused
// (no 0/O, 1/I/L): "K7P-3QX".
[[nodiscard]] QString newReferenceCode();
[[nodiscard]] bool looksLikeReferenceCode(const QString &text);
// Normalises what staff type (lower case, missing dash, spaces) to the stored form.
[[nodiscard]] QString normaliseReferenceCode(const QString &text);

} // namespace chorus
