#pragma once
// Ids of the synced settings an organisation keeps for its devices. Records are keyed by id across
// the whole server, so each organisation's setting carries its organisation in its id; a device
// holds only its own organisation's settings and finds one by its prefix.

#include <string>
#include <string_view>

namespace chorus::sync::settings {

// The organisation's "If you need help now" words for the kiosk's Thank-you screen:
// value {"en": "...", "cy": "...", "ar": "..."}, any language may be missing.
inline constexpr std::string_view HelpNowPrefix = "help-now-";

[[nodiscard]] inline std::string helpNowId(const std::string &orgId)
{
    return std::string(HelpNowPrefix) + orgId;
}

} // namespace chorus::sync::settings
