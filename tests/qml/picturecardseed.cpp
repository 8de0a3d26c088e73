#include "picturecardseed.h"

#include "clock/hlc.h"
#include "storage/devicestore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

namespace chorus::test {

namespace {
// A bus drawn in a few shapes, so a screenshot shows a real picture on the card.
QByteArray busPicture()
{
    QImage image(240, 240, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0xC6, 0x28, 0x28));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(20, 60, 200, 110, 18, 18);
    p.setBrush(QColor(0xBB, 0xDE, 0xFB));
    for (int x = 35; x < 200; x += 45)
        p.drawRect(x, 75, 35, 35);
    p.setBrush(Qt::black);
    p.drawEllipse(QPoint(60, 175), 22, 22);
    p.drawEllipse(QPoint(180, 175), 22, 22);
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

sync::Change coordinatorChange(const std::string &kind, const std::string &id, const nlohmann::json &fields)
{
    static sync::HybridClock clock;
    sync::Change change { "seed-" + kind + "-" + id, kind, id, {} };
    for (const auto &[name, value] : fields.items())
        change.fields.emplace(name, sync::FieldChange { value, sync::Version { clock.now(), "dash-test-org" }.toString(), {} });
    return change;
}
} // namespace

QString seedPictureCard(const QString &dbPath, const QString &mediaDir, const QString &promptId)
{
    const QByteArray png = busPicture();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
    QDir().mkpath(mediaDir);
    QFile file(QDir(mediaDir).filePath(sha));
    if (file.open(QIODevice::WriteOnly))
        file.write(png);
    file.close();
    const nlohmann::json card { { "symbol", "picture:" + sha.toStdString() },
        { "words", { { "en", "The bus" }, { "cy", "Y bws" }, { "ar", "الحافلة" } } }, { "retired", false } };
    const nlohmann::json cards = nlohmann::json::array(
        { kSeededCardId.toStdString(), "food", "shower", "phone", kUnknownCardId.toStdString() });
    auto store = DeviceStore::open(dbPath);
    store->write([&] {
        (void)store->records().apply(coordinatorChange("picture_card", kSeededCardId.toStdString(), card));
        (void)store->records().apply(coordinatorChange("prompt", promptId.toStdString(), { { "cards", cards } }));
    });
    return kSeededCardId;
}

} // namespace chorus::test
