#pragma once
// Reference codes as people type them: read aloud, copied loosely, with or without dashes. Stored
// codes are upper-case letters and digits in groups; both sides are compared without the dashes.

#include <cctype>
#include <string>

namespace chorus::server::dashboard {

[[nodiscard]] inline std::string normaliseReference(const std::string &text)
{
    std::string out;
    for (char c : text)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

// RecordReader's condition for "the stored reference of r equals ?2 (normalised)".
inline constexpr const char *kReferenceMatches = "upper(replace(replace(r.reference, '-', ''), ' ', '')) = ?2";

} // namespace chorus::server::dashboard
