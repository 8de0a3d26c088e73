#pragma once
// Draws a QR code as a picture, the way a coordinator's screen or printout shows one, so tests can
// read it back like a device would.

#include <QImage>
#include <QString>

#include <qrencode.h>

namespace chorus::test {

inline QImage qrPicture(const QString &text, int scale = 8)
{
    QRcode *qr = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!qr)
        return {};
    const int quiet = 4; // modules of white margin a reader needs
    const int size = (qr->width + 2 * quiet) * scale;
    QImage image(size, size, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < qr->width; ++y)
        for (int x = 0; x < qr->width; ++x)
            if (qr->data[y * qr->width + x] & 1)
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        image.setPixel((x + quiet) * scale + dx, (y + quiet) * scale + dy, qRgb(0, 0, 0));
    QRcode_free(qr);
    return image;
}

} // namespace chorus::test
