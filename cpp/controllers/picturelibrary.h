#pragma once
// Where a prompt's uploaded picture ("picture:<sha256>" in its symbol) is on this device, for QML;
// says so again when a sync brings new pictures, so screens showing a stand-in pick them up.

#include <QObject>
#include <QString>
#include <QUrl>
#include <qqmlregistration.h>

namespace chorus {

class PictureLibrary : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PictureLibrary is built by the composition root")
    // Bumped when pictures may have arrived; bindings that read it ask again.
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    explicit PictureLibrary(QString mediaDir, QObject *parent = nullptr);

    [[nodiscard]] int revision() const { return m_revision; }
    // True for "picture:<sha256>" symbols, whether or not the file is here yet.
    [[nodiscard]] Q_INVOKABLE static bool isPicture(const QString &symbol);
    // The file URL of the picture when it is on this device, else an empty URL.
    [[nodiscard]] Q_INVOKABLE QUrl source(const QString &symbol) const;
    void refresh();

Q_SIGNALS:
    void changed();

private:
    QString m_dir;
    int m_revision = 0;
};

} // namespace chorus
