// bench_sync fill and baseline, and the small helpers the other subcommands share.

#include "../common/realistic.h"
#include "benchsync.h"
#include "client/enginestore.h"
#include "domain/identifiers.h"
#include "sqlite/database.h"
#include "storage/devicestore.h"
#include "storage/mediastore.h"
#include "storage/recordmapping.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <random>

namespace chorus::bench {

std::map<QString, QString> options(const QStringList &args)
{
    std::map<QString, QString> out;
    for (int i = 0; i < args.size(); ++i) {
        if (!args[i].startsWith(QLatin1String("--")))
            continue;
        const QString name = args[i].mid(2);
        const bool hasValue = i + 1 < args.size() && !args[i + 1].startsWith(QLatin1String("--"));
        out[name] = hasValue ? args[++i] : QStringLiteral("1");
    }
    return out;
}

double quantile(const std::vector<double> &sorted, double q)
{
    return sorted.empty() ? 0.0 : sorted[static_cast<size_t>(q * double(sorted.size() - 1))];
}

sync::client::HttpReply TimedTransport::send(const sync::client::HttpRequest &request)
{
    const auto start = Clock::now();
    auto reply = m_inner.send(request);
    const double ms = secondsSince(start) * 1000.0;
    std::lock_guard lock(m_mutex);
    m_millis.push_back(ms);
    return reply;
}

namespace {

QString writeRandomFile(const QString &path, qint64 bytes, std::uint64_t seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + path.toStdString());
    std::mt19937_64 random(seed);
    QByteArray block(64 * 1024, Qt::Uninitialized);
    for (qint64 left = bytes; left > 0;) {
        for (int i = 0; i + 8 <= block.size(); i += 8) {
            const std::uint64_t v = random();
            memcpy(block.data() + i, &v, 8);
        }
        const qint64 n = std::min<qint64>(left, block.size());
        f.write(block.constData(), n);
        left -= n;
    }
    return path;
}

Contribution stamped(const Contribution &draft, const QString &deviceId)
{
    Contribution c = draft;
    c.id = newUuidV7();
    c.reference = newReferenceCode();
    c.createdAt = QDateTime::currentDateTimeUtc();
    c.deviceId = deviceId;
    return c;
}

} // namespace

void fillStore(DeviceStore &store, const QString &mediaDir, int first, int count, int perTransaction, int voiceNotes,
    qint64 voiceBytes)
{
    MediaStore media(store, mediaDir);
    QStringList voices;
    std::random_device entropy;
    for (int v = 0; v < voiceNotes; ++v) {
        const QString temp = media.temporaryPath(QStringLiteral("opus"));
        writeRandomFile(temp, voiceBytes, (std::uint64_t(entropy()) << 32) ^ entropy());
        voices << media.adopt(temp, QStringLiteral("audio/ogg"), 30000);
    }
    // As the kiosk does once enrolled: its answers name the device and site the server knows.
    QString deviceId, siteId;
    store.read([&] {
        deviceId = store.originDeviceId();
        siteId = QString::fromStdString(store.state().get(sync::client::statekey::kSite).value_or(""));
    });
    const int end = first + count;
    for (int start = first; start < end; start += perTransaction) {
        const int stop = std::min(end, start + perTransaction);
        store.write([&] {
            for (int i = start; i < stop; ++i) {
                Contribution c = stamped(realisticContribution(i), deviceId);
                c.siteId = siteId;
                if (const int v = i - (end - voiceNotes); v >= 0) {
                    c.format = AnswerFormat::Speak;
                    c.media = { voices[v] };
                }
                const auto change = store.records().writeLocal(
                    "contribution", c.id.toStdString(), mapping::toFields(c), newUuidV7().toStdString());
                store.outbox().append(change);
            }
        });
    }
}

int runFill(const std::map<QString, QString> &opt)
{
    const QString db = opt.at(QStringLiteral("db"));
    const int count = opt.count(QStringLiteral("count")) ? opt.at(QStringLiteral("count")).toInt() : 1000;
    const int voiceNotes = opt.count(QStringLiteral("voice-notes")) ? opt.at(QStringLiteral("voice-notes")).toInt() : 0;
    const qint64 voiceBytes
        = opt.count(QStringLiteral("voice-bytes")) ? opt.at(QStringLiteral("voice-bytes")).toLongLong() : 64 * 1024;
    auto store = DeviceStore::open(db);
    const QString mediaDir = opt.count(QStringLiteral("media"))
        ? opt.at(QStringLiteral("media"))
        : QFileInfo(db).absoluteDir().filePath(QStringLiteral("media"));
    QDir().mkpath(mediaDir);
    const auto start = Clock::now();
    fillStore(*store, mediaDir, 0, count, 1000, voiceNotes, voiceBytes);
    const double s = secondsSince(start);
    std::printf("%s\n",
        nlohmann::json { { "contributions", count }, { "seconds", s }, { "per_second", count / s } }.dump().c_str());
    return 0;
}

// The baseline every sync figure is divided by: the same rows (each contribution's change as JSON)
// written straight into one SQLite table in one synchronous=FULL transaction.
int runBaseline(const std::map<QString, QString> &opt)
{
    const QString dir = opt.at(QStringLiteral("dir"));
    const int count = opt.at(QStringLiteral("count")).toInt();
    std::vector<std::pair<std::string, std::string>> rows;
    rows.reserve(static_cast<size_t>(count));
    const std::string version = sync::Version { { QDateTime::currentMSecsSinceEpoch(), 0 }, "baseline" }.toString();
    for (int i = 0; i < count; ++i) {
        const Contribution c = stamped(realisticContribution(i), QStringLiteral("baseline"));
        sync::Change change { newUuidV7().toStdString(), "contribution", c.id.toStdString(), {} };
        const auto fields = mapping::toFields(c);
        for (const auto &[name, value] : fields.items())
            change.fields.emplace(name, sync::FieldChange { value, version, {} });
        rows.emplace_back(change.recordId, sync::toJson(change).dump());
    }
    const std::string path = QDir(dir).filePath(QStringLiteral("baseline-%1.db").arg(count)).toStdString();
    QFile::remove(QString::fromStdString(path));
    auto db = sqlite::Database::open(path);
    db->exec("CREATE TABLE contribution_rows (id TEXT PRIMARY KEY, body TEXT NOT NULL)");
    const auto start = Clock::now();
    db->transaction([&] {
        auto &insert = db->cached("INSERT INTO contribution_rows (id, body) VALUES (?1, ?2)");
        for (const auto &[id, body] : rows) {
            sqlite::StatementReset reset(insert);
            insert.bind(1, id).bind(2, body);
            insert.run();
        }
    });
    const double s = secondsSince(start);
    db.reset();
    QFile::remove(QString::fromStdString(path));
    std::printf(
        "%s\n", nlohmann::json { { "rows", count }, { "seconds", s }, { "per_second", count / s } }.dump().c_str());
    return 0;
}

} // namespace chorus::bench
