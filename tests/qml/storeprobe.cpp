#include "storeprobe.h"

#include "helpwordsseed.h"

#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/groupsessionrepository.h"
#include "storage/publishedidearepository.h"
#include "storage/mediastore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
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
    return recent.isEmpty() ? QVariantMap() : asMap(recent.first());
}

QVariantMap StoreProbe::find(const QString &id) const
{
    auto store = DeviceStore::open(m_dbPath);
    const auto found = ContributionRepository(*store).find(id);
    return found ? asMap(*found) : QVariantMap();
}

QVariantMap StoreProbe::asMap(const Contribution &c)
{
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
        {QStringLiteral("id"), c.id},
        {QStringLiteral("withdrawn"), c.withdrawn},
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

QString StoreProbe::temporaryFile(const QString &name) const
{
    const QDir usb(QFileInfo(m_dbPath).absoluteDir().filePath(QStringLiteral("usb")));
    QDir().mkpath(usb.path());
    return usb.filePath(name);
}

bool StoreProbe::writeFile(const QString &path, const QString &text) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

bool StoreProbe::writePicture(const QString &path) const
{
    QImage picture(64, 64, QImage::Format_RGB32);
    picture.fill(QColor(0xC0, 0x30, 0x20));
    return picture.save(path, "PNG");
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

QVariantMap StoreProbe::groupSession(const QString &id) const
{
    auto store = DeviceStore::open(m_dbPath);
    GroupSessionRepository repository(*store);
    const auto session = repository.find(id);
    if (!session)
        return {};
    QVariantMap votes;
    const QList<GroupVote> records = repository.votes(id);
    for (const GroupVote &v : records)
        votes.insert(v.ideaId, votes.value(v.ideaId).toInt() + v.dots);
    int ideas = 0;
    for (const Contribution &c : ContributionRepository(*store).recent(1000))
        ideas += c.groupSessionId == id ? 1 : 0;
    return {
        {QStringLiteral("question"), session->question},
        {QStringLiteral("dots"), session->dots},
        {QStringLiteral("hideVotes"), session->hideVotes},
        {QStringLiteral("participants"), session->participants},
        {QStringLiteral("nextStep"), session->nextStep},
        {QStringLiteral("ended"), session->endedAt.isValid()},
        {QStringLiteral("votes"), votes},
        {QStringLiteral("voteRecords"), int(records.size())},
        {QStringLiteral("ideas"), ideas},
    };
}

int StoreProbe::supports(const QString &ideaId) const
{
    auto store = DeviceStore::open(m_dbPath);
    return PublishedIdeaRepository(*store).supportsHere(ideaId);
}

} // namespace chorus
