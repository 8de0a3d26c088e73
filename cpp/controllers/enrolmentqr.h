#pragma once
// Reads a device enrolment code from a picture of its QR code (as the dashboard and
// `chorus-server enrol-code` print it: "chorus-enrol:<code>#<organisation key id>"), so staff need
// not type it.

#include <QString>

class QImage;

namespace chorus::EnrolmentQr {

// The enrolment code in the picture, or empty when there is no Chorus enrolment QR code in it.
[[nodiscard]] QString codeFromImage(const QImage &image);
// The code in a scanned text, with the key id it names kept ("<code>#<key id>", for the sync engine
// to check the server's key against), or empty when the text is not a Chorus enrolment payload.
[[nodiscard]] QString codeFromPayload(const QString &payload);

} // namespace chorus::EnrolmentQr
