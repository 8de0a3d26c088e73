#include "controllers/picturecardmaker.h"

#include "controllers/drawingrenderer.h"
#include "fs/durablefile.h"
#include "protocol/protocol.h"
#include "storage/devicerole.h"
#include "storage/mediastore.h"
#include "storage/picturecardrepository.h"
#include "storage/storageerror.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QUuid>

namespace chorus {

namespace {
// The dashboard's limit on a picture too, so a card is the same wherever it was made.
constexpr qint64 kMaxPictureBytes = qint64(sync::protocol::kMaxMediaChunkBytes);
// A card's words are easy-read: the server takes at most this many bytes in each language.
constexpr qsizetype kMaxWordBytes = 200;
} // namespace

PictureCardMaker::PictureCardMaker(PictureCardRepository &cards, MediaStore &media, DeviceStore &store, QObject *parent)
    : QObject(parent)
    , m_cards(cards)
    , m_media(media)
    , m_store(store)
{
    refresh();
}

void PictureCardMaker::refresh()
{
    const bool available = isCoordinatorDevice(m_store);
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availableChanged();
}

QString PictureCardMaker::choosePictureFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile in(path);
    if (path.isEmpty() || !in.exists())
        return tr("That picture file was not found.");
    if (in.size() > kMaxPictureBytes)
        return tr("That picture is too big: choose one under %1 MB.").arg(kMaxPictureBytes >> 20);
    QImageReader reader(path);
    const QByteArray format = reader.format();
    if ((format != "png" && format != "jpeg") || reader.read().isNull())
        return tr("Choose a PNG or JPEG picture.");
    m_file = QUrl::fromLocalFile(path);
    m_strokes.clear();
    Q_EMIT pictureChanged();
    return {};
}

void PictureCardMaker::addStroke(const QVariantList &points)
{
    if (points.isEmpty())
        return;
    m_file.clear();
    m_strokes.append(QVariant(points));
    Q_EMIT pictureChanged();
}

void PictureCardMaker::clearPicture()
{
    m_file.clear();
    m_strokes.clear();
    Q_EMIT pictureChanged();
}

QByteArray PictureCardMaker::pictureBytes(QString &mime) const
{
    QByteArray bytes;
    if (!m_file.isEmpty()) {
        QFile in(m_file.toLocalFile());
        if (!in.open(QIODevice::ReadOnly))
            return {};
        bytes = in.readAll();
        mime = QImageReader(m_file.toLocalFile()).format() == "png" ? QStringLiteral("image/png")
                                                                      : QStringLiteral("image/jpeg");
        return bytes;
    }
    // A card is small on the kiosk: square, and no larger than the picture sorting screen shows it.
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly)
        || !drawing::render(drawing::strokesFromVariant(m_strokes), QSize(600, 600)).save(&buffer, "PNG"))
        return {};
    mime = QStringLiteral("image/png");
    return bytes;
}

QString PictureCardMaker::save(const QString &english, const QString &welsh, const QString &arabic)
{
    if (!m_available)
        return tr("Only a coordinator device can make picture cards.");
    if (!hasPicture())
        return tr("Choose a picture file or draw a picture first.");
    PictureCard card;
    card.words = {{QStringLiteral("en"), english.simplified()},
                  {QStringLiteral("cy"), welsh.simplified()},
                  {QStringLiteral("ar"), arabic.simplified()}};
    for (auto it = card.words.cbegin(); it != card.words.cend(); ++it) {
        if (it.value().isEmpty())
            return tr("Write the card's words in English, Welsh and Arabic: a kiosk reads them aloud.");
        if (it.value().toUtf8().size() > kMaxWordBytes)
            return tr("Keep the card's words short: a few words in each language.");
    }
    QString mime;
    QByteArray bytes = pictureBytes(mime);
    if (bytes.isEmpty())
        return tr("The picture could not be read. Choose it again.");
    try {
        const QString draft = m_media.temporaryPath(QStringLiteral("card"));
        if (!sync::fs::writeDurably(QFile::encodeName(draft).constData(),
                                    std::string(bytes.constData(), std::size_t(bytes.size())),
                                    sync::fs::WriteMode::Replace))
            return tr("The picture could not be saved on this device.");
        const QString sha = m_media.adopt(draft, mime, 0);
        card.id = QStringLiteral("card-") + QUuid::createUuid().toString(QUuid::Id128);
        card.symbol = QStringLiteral("picture:") + sha;
        m_cards.add(card);
    } catch (const StorageError &e) {
        return e.userMessage();
    }
    clearPicture();
    Q_EMIT saved(card.id);
    return {};
}

} // namespace chorus
