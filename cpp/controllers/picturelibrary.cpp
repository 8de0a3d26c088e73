#include "controllers/picturelibrary.h"

#include "storage/mediastore.h"

#include <QDir>
#include <QFileInfo>

namespace chorus {

namespace {
const QString kPrefix = QStringLiteral("picture:");
}

PictureLibrary::PictureLibrary(QString mediaDir, QObject *parent)
    : QObject(parent)
    , m_dir(std::move(mediaDir))
{ }

bool PictureLibrary::isPicture(const QString &symbol)
{
    return symbol.startsWith(kPrefix) && MediaStore::isSha256(symbol.mid(kPrefix.size()));
}

QUrl PictureLibrary::source(const QString &symbol) const
{
    if (!isPicture(symbol))
        return {};
    // Downloads take their name only once their hash is checked, so a named file is whole.
    const QFileInfo file(QDir(m_dir).filePath(symbol.mid(kPrefix.size())));
    return file.isFile() ? QUrl::fromLocalFile(file.absoluteFilePath()) : QUrl();
}

void PictureLibrary::refresh()
{
    ++m_revision;
    Q_EMIT changed();
}

} // namespace chorus
