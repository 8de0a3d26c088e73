#pragma once
// Coordinator mode: make a picture card on the device, from a picture file or a drawing, with its
// words in English, Welsh and Arabic. Saved as this device's own change (the picture_card kind the
// dashboard makes too): it syncs like any change, its picture is uploaded like a voice note, and
// kiosks show the card once they have both.

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <qqmlregistration.h>

namespace chorus {

class DeviceStore;
class MediaStore;
class PictureCardRepository;

class PictureCardMaker final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PictureCardMaker is built by the application")
    // Only coordinator devices make cards; the server refuses a card from anyone else.
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)
    // The picture chosen from a file, to show before saving; empty when there is none.
    Q_PROPERTY(QUrl pictureFile READ pictureFile NOTIFY pictureChanged)
    // The drawing's strokes: lists of {x, y} in 0..1 of the drawing pad.
    Q_PROPERTY(QVariantList strokes READ strokes NOTIFY pictureChanged)
    Q_PROPERTY(bool hasPicture READ hasPicture NOTIFY pictureChanged)

public:
    PictureCardMaker(PictureCardRepository &cards, MediaStore &media, DeviceStore &store, QObject *parent = nullptr);

    [[nodiscard]] bool isAvailable() const { return m_available; }
    [[nodiscard]] QUrl pictureFile() const { return m_file; }
    [[nodiscard]] QVariantList strokes() const { return m_strokes; }
    [[nodiscard]] bool hasPicture() const { return !m_file.isEmpty() || !m_strokes.isEmpty(); }
    // Reads the device's role again (after an enrolment).
    void refresh();

    // Uses a PNG or JPEG file as the card's picture (instead of any drawing). Returns an error to
    // show, or empty when the picture is taken.
    Q_INVOKABLE QString choosePictureFile(const QUrl &file);
    // A stroke drawn on the pad (instead of any picture file).
    Q_INVOKABLE void addStroke(const QVariantList &points);
    Q_INVOKABLE void clearPicture();
    // Saves the card. Returns an error to show, or empty when saved (and then starts a new card).
    Q_INVOKABLE QString save(const QString &english, const QString &welsh, const QString &arabic);

Q_SIGNALS:
    void availableChanged();
    void pictureChanged();
    void saved(const QString &cardId);

private:
    // The picture's bytes as a PNG or JPEG, with its type; empty bytes when there is none.
    [[nodiscard]] QByteArray pictureBytes(QString &mime) const;

    PictureCardRepository &m_cards;
    MediaStore &m_media;
    DeviceStore &m_store;
    bool m_available = false;
    QUrl m_file;
    QVariantList m_strokes;
};

} // namespace chorus
