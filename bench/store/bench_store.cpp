// Device store figures: a durable save as the kiosk does it (with its p50 and p99), the same row
// written straight into SQLite as the baseline, and merging remote change batches into stores of
// 10k, 100k and 1M records.

#include "../common/realistic.h"
#include "clock/hlc.h"
#include "seal/devicesealer.h"
#include "sqlite/database.h"
#include "storage/contributionrepository.h"
#include "storage/contributionwriter.h"
#include "storage/devicestore.h"
#include "storage/recordmapping.h"
#include "storage/walcheckpointer.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <vector>

using namespace chorus;

namespace {

void percentileCounters(benchmark::State &state, std::vector<double> &micros)
{
    std::sort(micros.begin(), micros.end());
    auto at = [&](double q) { return micros.empty() ? 0.0 : micros[static_cast<size_t>(q * (micros.size() - 1))]; };
    state.counters["p50_us"] = at(0.50);
    state.counters["p99_us"] = at(0.99);
}

// A durable save as the kiosk's writer thread does it: validation, ids, record, versions and outbox
// in one synchronous=FULL transaction, with the writer's WalCheckpointer: the WAL is copied back
// between saves, which on a kiosk falls in the seconds between two visitors, so it is not timed.
void durableSaves(benchmark::State &state, bool sealed)
{
    QTemporaryDir dir(QStringLiteral("bench-XXXXXX"));
    auto store = DeviceStore::open(dir.filePath(QStringLiteral("save.db")));
    if (sealed) {
        // An enrolled kiosk: every content field sealed to the organisation's key as it is saved.
        sync::seal::PublicKey key {};
        std::array<unsigned char, 32> secret {};
        crypto_box_keypair(key.data(), secret.data());
        store->write([&] {
            store->state().set(sync::seal::statekey::kRole, "kiosk");
            store->state().set(sync::seal::statekey::kPublicKey, sync::seal::toHex(key.data(), key.size()));
        });
    }
    WalCheckpointer checkpointer(store->db());
    ContributionRepository repo(*store);
    std::vector<double> micros;
    int i = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(repo.save(bench::realisticContribution(i++)));
        micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        checkpointer.noteSave();
        state.PauseTiming();
        checkpointer.checkpointIfDue();
        state.ResumeTiming();
    }
    percentileCounters(state, micros);
    state.SetItemsProcessed(state.iterations());
}

void BM_DurableSave(benchmark::State &state)
{
    durableSaves(state, false);
}
BENCHMARK(BM_DurableSave)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

// The same save on an enrolled kiosk, which seals every content field first (issue 17: within 1.5x).
void BM_DurableSaveSealed(benchmark::State &state)
{
    durableSaves(state, true);
}
BENCHMARK(BM_DurableSaveSealed)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

// What the UI thread pays for a save: handing the draft to ContributionWriter, which saves it on its
// own thread. Each visit waits (untimed) for the durable save before the next, as a kiosk does.
void BM_WriterHandOff(benchmark::State &state)
{
    static int argc = 1;
    static char name[] = "bench_store";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    QTemporaryDir dir(QStringLiteral("bench-XXXXXX"));
    std::atomic<int> saved{0};
    std::vector<double> micros;
    {
        ContributionWriter writer(dir.filePath(QStringLiteral("handoff.db")), dir.filePath(QStringLiteral("media")));
        QObject::connect(&writer, &ContributionWriter::saved, [&saved] { ++saved; });
        QObject::connect(&writer, &ContributionWriter::saveFailed, [&saved] { ++saved; });
        int i = 0;
        for (auto _ : state) {
            const auto start = std::chrono::steady_clock::now();
            writer.save(bench::realisticContribution(i++));
            micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
            state.PauseTiming();
            // `saved` is emitted on this thread's event loop, as the kiosk's UI thread receives it.
            while (saved.load() < i)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            state.ResumeTiming();
        }
    }
    percentileCounters(state, micros);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_WriterHandOff)->Unit(benchmark::kMicrosecond)->Iterations(300);

// Baseline: the same row inserted straight into SQLite in its own synchronous=FULL transaction.
void BM_BaselineDurableInsert(benchmark::State &state)
{
    QTemporaryDir dir(QStringLiteral("bench-XXXXXX"));
    auto db = sqlite::Database::open(dir.filePath(QStringLiteral("raw.db")).toStdString());
    db->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)");
    const std::string body = mapping::toFields(bench::realisticContribution(1)).dump();
    auto &insert = db->cached("INSERT INTO t (body) VALUES (?1)");
    std::vector<double> micros;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        db->transaction([&] {
            insert.bind(1, body);
            insert.run();
        });
        micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    }
    percentileCounters(state, micros);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BaselineDurableInsert)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

std::vector<sync::Change> remoteChanges(int first, int count, std::int64_t wall)
{
    std::vector<sync::Change> out;
    out.reserve(static_cast<size_t>(count));
    for (int i = first; i < first + count; ++i) {
        const auto fields = mapping::toFields(bench::realisticContribution(i));
        sync::Change change{"chg-" + std::to_string(i) + "-" + std::to_string(wall), "contribution",
                            "rec-" + std::to_string(i), {}};
        const std::string version = sync::Version{{wall, 0}, "remote"}.toString();
        for (const auto &[name, value] : fields.items())
            change.fields.emplace(name, sync::FieldChange{value, version, {}});
        out.push_back(std::move(change));
    }
    return out;
}

// Merging batches of remote changes (new records) into a store already holding N records, as a
// coordinator device does on pull. Items are field changes.
void BM_MergeIntoStore(benchmark::State &state)
{
    const int held = static_cast<int>(state.range(0));
    QTemporaryDir dir(QStringLiteral("bench-XXXXXX"));
    auto store = DeviceStore::open(dir.filePath(QStringLiteral("merge.db")));
    constexpr int kBatch = 1000;
    for (int start = 0; start < held; start += 10000) {
        auto batch = remoteChanges(start, std::min(10000, held - start), 1000);
        store->write([&] {
            for (const auto &c : batch)
                (void)store->records().apply(c);
        });
    }
    int next = held;
    std::int64_t fields = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto batch = remoteChanges(next, kBatch, 2000);
        next += kBatch;
        state.ResumeTiming();
        store->write([&] {
            for (const auto &c : batch) {
                (void)store->records().apply(c);
                fields += static_cast<std::int64_t>(c.fields.size());
            }
        });
    }
    state.SetItemsProcessed(fields);
}
BENCHMARK(BM_MergeIntoStore)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(20);

// Baseline for merging: the same rows written straight into SQLite in one transaction per batch.
void BM_BaselineBulkInsert(benchmark::State &state)
{
    QTemporaryDir dir(QStringLiteral("bench-XXXXXX"));
    auto db = sqlite::Database::open(dir.filePath(QStringLiteral("rawbulk.db")).toStdString());
    db->exec("CREATE TABLE t (id TEXT PRIMARY KEY, body TEXT)");
    auto &insert = db->cached("INSERT INTO t (id, body) VALUES (?1, ?2)");
    int next = 0;
    std::int64_t fields = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto batch = remoteChanges(next, 1000, 2000);
        next += 1000;
        state.ResumeTiming();
        db->transaction([&] {
            for (const auto &c : batch) {
                insert.bind(1, c.recordId).bind(2, sync::toJson(c).dump());
                insert.run();
                fields += static_cast<std::int64_t>(c.fields.size());
            }
        });
    }
    state.SetItemsProcessed(fields);
}
BENCHMARK(BM_BaselineBulkInsert)->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace

BENCHMARK_MAIN();
