#pragma once
// Draws a QR code as an SVG document (libqrencode does the encoding), so enrolment codes can be
// scanned from the dashboard without any outside service.

#include <string>

namespace chorus::server::dashboard {

// Empty when the text cannot be encoded.
[[nodiscard]] std::string qrSvg(const std::string &text, const std::string &title);

} // namespace chorus::server::dashboard
