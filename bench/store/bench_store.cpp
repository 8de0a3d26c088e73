// Device store figures: a durable save as the kiosk does it (with its p50 and p99), the same row
// written straight into SQLite as the baseline, and merging remote change batches into stores of
// 10k, 100k and 1M records.

#include "clock/hlc.h"
#include "sqlite/database.h"
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/recordmapping.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace chorus;

namespace {

Contribution realistic(int i)
{
    Contribution c;
    c.promptId = QStringLiteral("demo-prompt-what-would-help");
    c.format = AnswerFormat::Write;
    c.text = QStringLiteral("It would help if the centre opened earlier on Mondays, and if someone could help me with "
                            "forms for housing. The staff are kind but busy, and the waiting room is cold in winter. "
                            "Answer %1, a little more text to reach about three hundred bytes of what people say.")
                 .arg(i);
    if (i % 3 == 0)
        c.rating = 1 + i % 5;
    c.tags = {QStringLiteral("opening hours"), QStringLiteral("housing")};
    c.consent.mayQuote = i % 2 == 0;
    return c;
}

void percentileCounters(benchmark::State &state, std::vector<double> &micros)
{
    std::sort(micros.begin(), micros.end());
    auto at = [&](double q) { return micros.empty() ? 0.0 : micros[static_cast<size_t>(q * (micros.size() - 1))]; };
    state.counters["p50_us"] = at(0.50);
    state.counters["p99_us"] = at(0.99);
}

// A durable save as the kiosk does it: validation, ids, record, versions and outbox in one
// synchronous=FULL transaction.
void BM_DurableSave(benchmark::State &state)
{
    QTemporaryDir dir(QStringLiteral("bench-XXXXXX"));
    auto store = DeviceStore::open(dir.filePath(QStringLiteral("save.db")));
    ContributionRepository repo(*store);
    std::vector<double> micros;
    int i = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(repo.save(realistic(i++)));
        micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    }
    percentileCounters(state, micros);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DurableSave)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

// Baseline: the same row inserted straight into SQLite in its own synchronous=FULL transaction.
void BM_BaselineDurableInsert(benchmark::State &state)
{
    QTemporaryDir dir(QStringLiteral("bench-XXXXXX"));
    auto db = sqlite::Database::open(dir.filePath(QStringLiteral("raw.db")).toStdString());
    db->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)");
    const std::string body = mapping::toFields(realistic(1)).dump();
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
        const auto fields = mapping::toFields(realistic(i));
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
