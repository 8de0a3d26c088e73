#include "storeprobe.h"

#include "helpwordsseed.h"

#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/mediastore.h"

#include <QDir>
#include <QFile>
#include <QVariantList>

namespace chorus {

StoreProbe::StoreProbe(QString dbPath, QString mediaDir, QObject *parent)
    : QObject(parent)
    , m_dbPath(std::move(dbPath))
    , m_mediaDir(std::move(mediaDir))
{
}

int StoreProbe::count() const
{
    auto store = DeviceStore::open(m_dbPath);
    return ContributionRepository(*store).count();
}

QVariantMap StoreProbe::latest() const
{
    auto store = DeviceStore::open(m_dbPath);
    const QList<Contribution> recent = ContributionRepository(*store).recent(1);
    if (recent.isEmpty())
        return {};
    const Contribution &c = recent.first();
    QVariantMap piles;
    for (const SortedSymbol &s : c.symbols)
        piles.insert(s.symbol, pileName(s.pile));
    return {
        {QStringLiteral("promptId"), c.promptId},
        {QStringLiteral("format"), formatName(c.format)},
        {QStringLiteral("language"), c.language},
        {QStringLiteral("text"), c.text},
        {QStringLiteral("rating"), c.rating.value_or(0)},
        {QStringLiteral("piles"), piles},
        {QStringLiteral("media"), c.media},
        {QStringLiteral("mayQuote"), c.consent.mayQuote},
        {QStringLiteral("contactMe"), c.consent.contactMe},
        {QStringLiteral("contactName"), c.contactName},
        {QStringLiteral("contactDetail"), c.contactDetail},
        {QStringLiteral("reference"), c.reference},
        {QStringLiteral("outreachSessionId"), c.outreachSessionId},
        {QStringLiteral("assistedBy"), c.assistedBy},
    };
}

int StoreProbe::mediaFiles() const
{
    int n = 0;
    for (const QString &name : QDir(m_mediaDir).entryList(QDir::Files))
        n += MediaStore::isSha256(name) ? 1 : 0;
    return n;
}

QString StoreProbe::fakeRecording() const
{
    auto store = DeviceStore::open(m_dbPath);
    const QString path = MediaStore(*store, m_mediaDir).temporaryPath(QStringLiteral("opus"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    // Not real Opus: the kiosk stores recordings as bytes and never decodes them.
    file.write(QByteArray("OggS fake voice note ") + QByteArray::number(qint64(reinterpret_cast<quintptr>(&file))));
    return path;
}

bool StoreProbe::keepsText(const QString &needle) const
{
    QStringList files{m_dbPath, m_dbPath + QStringLiteral("-wal"), m_dbPath + QStringLiteral("-journal")};
    for (const QString &name : QDir(m_mediaDir).entryList(QDir::Files))
        files << QDir(m_mediaDir).filePath(name);
    for (const QString &path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            return true;
    }
    return false;
}

void StoreProbe::setHelpWords(const QVariantMap &words)
{
    test::seedHelpWords(m_dbPath, words);
    Q_EMIT contentArrived();
}

} // namespace chorus
