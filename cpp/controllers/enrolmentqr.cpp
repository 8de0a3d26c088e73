#include "controllers/enrolmentqr.h"

#include <QImage>

// zxing-cpp 1.4 gives text as UTF-8 only with this set (its next release makes it the default).
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace chorus::EnrolmentQr {

QString codeFromPayload(const QString &payload)
{
    static const QString prefix = QStringLiteral("chorus-enrol:");
    const QString text = payload.trimmed();
    if (!text.startsWith(prefix, Qt::CaseInsensitive))
        return {};
    const QString rest = text.mid(prefix.size()).trimmed();
    const qsizetype hash = rest.indexOf(QLatin1Char('#'));
    const QString code = rest.left(hash);
    // Codes are short letters, digits and dashes; anything else is not ours.
    for (const QChar c : code)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            return {};
    if (code.isEmpty() || code.size() > 64)
        return {};
    if (hash < 0)
        return code;
    // A key id is 16 hex digits (sync/seal/sealformat.h).
    const QString keyId = rest.mid(hash + 1).toLower();
    if (keyId.size() != 16)
        return {};
    for (const QChar c : keyId)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return {};
    return code + QLatin1Char('#') + keyId;
}

QString codeFromImage(const QImage &image)
{
    if (image.isNull())
        return {};
    // Grey levels are all the decoder needs, and any photo or screenshot format converts to them.
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    return codeFromPayload(QString::fromStdString(result.text()));
}

} // namespace chorus::EnrolmentQr
