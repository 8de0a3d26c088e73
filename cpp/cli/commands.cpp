#include "cli/commands.h"

#include "clock/walloffset.h"
#include "domain/contribution.h"
#include "storage/contributionrepository.h"
#include "storage/democontent.h"
#include "storage/devicestore.h"
#include "storage/recordmapping.h"
#include "storage/storageerror.h"
#include "sync/synccommands.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace chorus::cli {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

const char *kUsage = "Usage: chorus-cli --db FILE [--clock-offset-ms N] COMMAND [ARGS]\n"
                     "  --clock-offset-ms N          run with the device's clock moved by N ms (tests of clocks set wrong)\n"
                     "Commands:\n"
                     "  init                         create or migrate the store, print the device id\n"
                     "  demo                         install the demo prompts if the store has none\n"
                     "  add --prompt ID [--format write|faces|pictures] [--text T] [--rating N] [--quote] [--count N]\n"
                     "      [--outreach-session ID] [--assisted-by WORKER]\n"
                     "                               save contributions as the kiosk does; prints reference codes\n"
                     "  edit ID FIELD JSON           set one field of a contribution, e.g. edit <id> status '\"reviewed\"'\n"
                     "  withdraw REFERENCE           withdraw a contribution by the code the person was given\n"
                     "  list                         one line per contribution: reference, prompt, format, text\n"
                     "  count                        number of contributions held (withdrawn ones excluded)\n"
                     "  outbox                       number of changes waiting to be sent\n"
                     "  set-aside [--requeue]        changes the server refused for good, with the reason;\n"
                     "                               --requeue queues them again (after an update)\n"
                     "  dump                         the whole store as JSON\n"
                     "  enrol --server URL [--ca FILE] [--name N] CODE   enrol with a one-time code\n"
                     "  sync [--server URL] [--media DIR]                push, upload media and pull once\n"
                     "  sync-status                  enrolled?, changes and media waiting, cursor\n";

int usage()
{
    err() << kUsage;
    err().flush();
    return 2;
}

int add(DeviceStore &store, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("prompt"), QStringLiteral("prompt id"), QStringLiteral("id")},
                  {QStringLiteral("format"), QStringLiteral("answer format"), QStringLiteral("format"), QStringLiteral("write")},
                  {QStringLiteral("text"), QStringLiteral("text"), QStringLiteral("text")},
                  {QStringLiteral("rating"), QStringLiteral("1-5"), QStringLiteral("n")},
                  {QStringLiteral("symbol"), QStringLiteral("symbol=pile"), QStringLiteral("s")},
                  {QStringLiteral("quote"), QStringLiteral("may quote")},
                  {QStringLiteral("count"), QStringLiteral("how many"), QStringLiteral("n"), QStringLiteral("1")},
                  {QStringLiteral("outreach-session"), QStringLiteral("outreach session id"), QStringLiteral("id")},
                  {QStringLiteral("assisted-by"), QStringLiteral("worker id"), QStringLiteral("id")}});
    if (!p.parse(QStringList{QStringLiteral("add")} + args))
        return usage();
    Contribution draft;
    draft.promptId = p.value(QStringLiteral("prompt"));
    const auto format = formatFromName(p.value(QStringLiteral("format")));
    if (!format) {
        err() << "unknown format " << p.value(QStringLiteral("format")) << Qt::endl;
        return 2;
    }
    draft.format = *format;
    draft.text = p.value(QStringLiteral("text"));
    if (p.isSet(QStringLiteral("rating")))
        draft.rating = p.value(QStringLiteral("rating")).toInt();
    for (const auto &spec : p.values(QStringLiteral("symbol"))) {
        const auto parts = spec.split(QLatin1Char('='));
        const auto pile = parts.size() == 2 ? pileFromName(parts[1]) : std::nullopt;
        if (!pile) {
            err() << "symbol must be name=good|unsure|bad" << Qt::endl;
            return 2;
        }
        draft.symbols.push_back({parts[0], *pile});
    }
    draft.consent.mayQuote = p.isSet(QStringLiteral("quote"));
    draft.outreachSessionId = p.value(QStringLiteral("outreach-session"));
    draft.assistedBy = p.value(QStringLiteral("assisted-by"));
    const int n = p.value(QStringLiteral("count")).toInt();
    ContributionRepository repo(store);
    for (int i = 0; i < n; ++i)
        out() << repo.save(draft).reference << Qt::endl; // flushed: scripts and the kill test read it live
    return 0;
}

int dump(DeviceStore &store)
{
    nlohmann::json all = nlohmann::json::object();
    for (const auto &kind : sync::Schema::instance().kinds()) {
        nlohmann::json rows = nlohmann::json::array();
        auto s = store.db().prepare("SELECT id FROM " + kind.table + " ORDER BY id");
        std::vector<std::string> ids;
        while (s.step())
            ids.push_back(s.text(0));
        for (const auto &id : ids)
            rows.push_back(*store.records().read(kind.name, id));
        all[kind.table] = std::move(rows);
    }
    nlohmann::json withdrawn = nlohmann::json::array();
    auto w = store.db().prepare("SELECT record_id FROM withdrawals ORDER BY record_id");
    while (w.step())
        withdrawn.push_back(w.text(0));
    all["withdrawals"] = std::move(withdrawn);
    all["outbox"] = store.outbox().size();
    all["device_id"] = store.deviceId().toStdString();
    out() << QString::fromStdString(all.dump(2)) << '\n';
    return 0;
}

int setAside(DeviceStore &store, const QStringList &args)
{
    if (args == QStringList{QStringLiteral("--requeue")}) {
        int requeued = 0;
        store.write([&] { requeued = store.outbox().requeueQuarantined(); });
        out() << requeued << " change(s) queued again" << '\n';
        return 0;
    }
    if (!args.isEmpty())
        return usage();
    for (const auto &c : store.outbox().quarantined())
        out() << QString::fromStdString(c.changeId) << '\t' << QString::fromStdString(c.recordId) << '\t'
              << QString::fromStdString(c.code) << '\t' << QString::fromStdString(c.reason) << '\n';
    return 0;
}

int dispatch(DeviceStore &store, const QString &command, const QStringList &args)
{
    if (command == QLatin1String("init")) {
        out() << store.deviceId() << '\n';
        return 0;
    }
    if (command == QLatin1String("demo")) {
        out() << (DemoContent::install(store) ? "demo content installed" : "store already has prompts") << '\n';
        return 0;
    }
    if (command == QLatin1String("add"))
        return add(store, args);
    if (command == QLatin1String("edit")) {
        if (args.size() != 3)
            return usage();
        const auto value = nlohmann::json::parse(args[2].toStdString(), nullptr, false);
        if (value.is_discarded()) {
            err() << "the value must be JSON, e.g. '\"reviewed\"' or '[\"housing\"]'" << Qt::endl;
            return 2;
        }
        ContributionRepository(store).edit(args[0], {{args[1].toStdString(), value}});
        return 0;
    }
    if (command == QLatin1String("withdraw")) {
        if (args.size() != 1)
            return usage();
        if (!ContributionRepository(store).withdrawByReference(args[0])) {
            err() << "no contribution with reference " << args[0] << Qt::endl;
            return 1;
        }
        out() << "withdrawn" << '\n';
        return 0;
    }
    if (command == QLatin1String("list")) {
        for (const auto &c : ContributionRepository(store).recent(1000000))
            out() << c.reference << '\t' << c.promptId << '\t' << formatName(c.format) << '\t'
                  << QString(c.text).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
        return 0;
    }
    if (command == QLatin1String("count")) {
        out() << ContributionRepository(store).count() << '\n';
        return 0;
    }
    if (command == QLatin1String("outbox")) {
        out() << store.outbox().size() << '\n';
        return 0;
    }
    if (command == QLatin1String("set-aside"))
        return setAside(store, args);
    if (command == QLatin1String("dump"))
        return dump(store);
    return usage();
}

} // namespace

int run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    QString dbPath;
    const int at = args.indexOf(QStringLiteral("--db"));
    if (at >= 0 && at + 1 < args.size()) {
        dbPath = args[at + 1];
        args.remove(at, 2);
    }
    if (const int offset = args.indexOf(QStringLiteral("--clock-offset-ms")); offset >= 0 && offset + 1 < args.size()) {
        bool ok = false;
        const qint64 ms = args[offset + 1].toLongLong(&ok);
        if (!ok)
            return usage();
        sync::setWallOffsetMs(ms);
        args.remove(offset, 2);
    }
    if (dbPath.isEmpty() || args.isEmpty())
        return usage();
    const QString command = args.takeFirst();
    try {
        auto store = DeviceStore::open(dbPath);
        const int rc = isSyncCommand(command) ? runSyncCommand(*store, dbPath, command, args) : dispatch(*store, command, args);
        out().flush();
        return rc;
    } catch (const StorageError &e) {
        out().flush();
        err() << "chorus-cli: " << e.userMessage() << Qt::endl;
        return 1;
    }
}

} // namespace chorus::cli
