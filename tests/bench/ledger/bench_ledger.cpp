// The ledger's figures: insert throughput with group commit, submission-to-commit latency
// at 1,000 events/s, snapshot cost and start-up rebuild over LEDGER_BENCH_EVENTS events
// (default 1,000,000), bytes on disk per event, and start-up step by step at 100k, 1 M and
// 5 M events with as many instances (BM_StartUpAtSize).

#include "ledger/Aggregates.h"
#include "ledger/EventRow.h"
#include "ledger/Ledger.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include <unistd.h>

using namespace ledger;
using Clock = std::chrono::steady_clock;

namespace {

qint64 benchEvents()
{
    const qint64 events = qEnvironmentVariableIntValue("LEDGER_BENCH_EVENTS");
    return events > 0 ? events : 1'000'000;
}

// Event i of a demo-like stream: one call in ten creates a document (a new instance), the
// rest append to one of 10,000 documents; 50 users, 10 limits, 2 models, one call a 60 ms.
payi::CallEvent benchEvent(qint64 i)
{
    static const qint64 startMs = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    payi::CallEvent e;
    e.eventId = QStringLiteral("event-%1").arg(i);
    e.requestId = QStringLiteral("request-%1").arg(i);
    e.category = QStringLiteral("system.openai");
    e.resource = i % 3 ? QStringLiteral("gpt-5.4") : QStringLiteral("gpt-5.4-mini");
    e.providerUri = QStringLiteral("http://127.0.0.1:8765/sim/v1/chat/completions");
    e.eventTimestamp = QDateTime::fromMSecsSinceEpoch(startMs + i * 60, Qt::UTC);
    e.endToEndLatencyMs = 200 + i % 700;
    e.httpStatusCode = 200;
    e.providerResponseId = QStringLiteral("chatcmpl-%1").arg(i);
    e.units.insert(payi::unit::text(), {400 + i % 300, 150 + i % 100});
    if (i % 4 == 0)
        e.units.insert(payi::unit::reasoning(), {0, 64});
    e.rawUsage = QJsonObject{{QStringLiteral("prompt_tokens"), 400 + i % 300},
                             {QStringLiteral("completion_tokens"), 150 + i % 100}};
    payi::Attribution &a = e.attribution;
    const bool create = i % 10 == 0;
    a.useCaseName = create ? QStringLiteral("create_document") : QStringLiteral("append_document");
    a.useCaseId = create ? QStringLiteral("c-%1").arg(i) : QStringLiteral("d-%1").arg(i % 10'000);
    a.userId = QStringLiteral("user-%1").arg(i % 50);
    if (i % 4 == 0)
        a.limitIds = {QStringLiteral("limit-%1").arg(i % 10)};
    a.setOrigin(payi::Field::UseCaseName, payi::Origin::TrackContext);
    e.failed = i % 50 == 0;
    e.cost = {
        payi::Money::fromPico(1'250'000 * (400 + i % 300)), payi::Money::fromPico(10'000'000 * (150 + i % 100)), {}};
    e.cost.total = *e.cost.input.checkedAdd(e.cost.output);
    e.price = {QStringLiteral("2026-01-01"), e.resource, false};
    return e;
}

std::unique_ptr<Ledger> openLedger(const QString &dir, bool syncEachCommit)
{
    auto opened = Ledger::open(dir, LedgerOptions{syncEachCommit, nullptr});
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    return std::move(opened).value();
}

void BM_InsertGroupCommit(benchmark::State &state)
{
    QTemporaryDir dir;
    auto ledger = openLedger(dir.path(), state.range(0));
    constexpr int PerIteration = 10'000;
    std::vector<payi::CallEvent> events;
    for (int i = 0; i < PerIteration; ++i)
        events.push_back(benchEvent(i));
    for (auto _ : state) {
        for (const payi::CallEvent &event : events)
            ledger->submit(event);
        if (!ledger->flush())
            state.SkipWithError("flush failed");
    }
    state.SetItemsProcessed(state.iterations() * PerIteration);
}
BENCHMARK(BM_InsertGroupCommit)->ArgName("sync_full")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// Submits 1,000 events/s for 3 s and times each from submit() to its commit.
void BM_CommitLatencyAt1000PerSecond(benchmark::State &state)
{
    constexpr int Events = 3000;
    std::vector<Clock::time_point> submitted(Events + 1);
    std::vector<Clock::time_point> committed(Events + 1);
    std::atomic<qint64> seen{0};
    QTemporaryDir dir;
    auto ledger = openLedger(dir.path(), state.range(0));
    QObject::connect(
        ledger.get(), &Ledger::durable, ledger.get(),
        [&](qint64 upTo) {
            const auto now = Clock::now();
            for (qint64 seq = seen + 1; seq <= upTo; ++seq)
                committed[seq] = now;
            seen = upTo;
        },
        Qt::DirectConnection);
    for (auto _ : state) {
        const auto start = Clock::now();
        for (int i = 1; i <= Events; ++i) {
            std::this_thread::sleep_until(start + std::chrono::microseconds(1000 * i));
            submitted[i] = Clock::now();
            ledger->submit(benchEvent(i));
        }
        ledger->flush();
    }
    std::vector<double> ms;
    for (int i = 1; i <= Events; ++i)
        ms.push_back(std::chrono::duration<double, std::milli>(committed[i] - submitted[i]).count());
    std::sort(ms.begin(), ms.end());
    state.counters["median_ms"] = ms[ms.size() / 2];
    state.counters["p99_ms"] = ms[ms.size() * 99 / 100];
    state.counters["max_ms"] = ms.back();
}
BENCHMARK(BM_CommitLatencyAt1000PerSecond)
    ->ArgName("sync_full")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// A snapshot right after a batch changed the tables: the costly case (the unchanged case
// returns the same pointer).
void BM_SnapshotAfterChange(benchmark::State &state)
{
    Aggregates aggregates;
    const qint64 events = benchEvents();
    std::vector<EventFacts> batch;
    for (qint64 i = 1; i <= events; ++i) {
        batch.push_back(EventRow(i, benchEvent(i)).facts());
        if (batch.size() == 10'000) {
            aggregates.add(batch);
            batch.clear();
        }
    }
    aggregates.add(batch);
    qint64 next = events + 1;
    for (auto _ : state) {
        state.PauseTiming();
        aggregates.add({EventRow(next, benchEvent(next)).facts()});
        ++next;
        state.ResumeTiming();
        benchmark::DoNotOptimize(aggregates.snapshot());
    }
    const AggregateSnapshot snapshot = aggregates.snapshot();
    state.counters["events"] = double(snapshot.all().calls);
    state.counters["instances"] = double(snapshot.instanceCount());
    state.counters["minutes"] = double(snapshot.minutes().size());
}
BENCHMARK(BM_SnapshotAfterChange)->Unit(benchmark::kMicrosecond);

// Ledger::open() on a file of LEDGER_BENCH_EVENTS events: lock, header and schema, migrations
// check, rebuild of every aggregate. checkpoint:1 is the start after a clean close (the
// saved aggregates, nothing to replay); checkpoint:0 the worst start after a crash (no
// checkpoint saved yet: every event counted again). Also reports the bytes on disk per event.
void BM_OpenAndRebuild(benchmark::State &state)
{
    const bool checkpoint = state.range(0);
    QTemporaryDir dir;
    const qint64 events = benchEvents();
    {
        auto ledger = openLedger(dir.path(), false);
        for (qint64 i = 1; i <= events; ++i)
            ledger->submit(benchEvent(i));
        ledger->flush();
    }
    for (auto _ : state) {
        state.PauseTiming();
        if (!checkpoint) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
                db.setDatabaseName(dir.filePath(Ledger::databaseFileName()));
                if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("DELETE FROM aggregate_checkpoint")))
                    state.SkipWithError("could not remove the checkpoint");
            }
            QSqlDatabase::removeDatabase(QLatin1String(QSqlDatabase::defaultConnection));
        }
        state.ResumeTiming();
        auto ledger = openLedger(dir.path(), true);
        if (ledger->snapshot().all().calls != events)
            state.SkipWithError("wrong count after rebuild");
        state.counters["replayed"] = double(ledger->rebuilt().replayed);
        state.PauseTiming();
        ledger.reset();
        state.ResumeTiming();
    }
    const qint64 bytes = QFileInfo(dir.filePath(Ledger::databaseFileName())).size();
    state.counters["events"] = double(events);
    state.counters["bytes_per_event"] = double(bytes) / double(events);
}
BENCHMARK(BM_OpenAndRebuild)
    ->ArgName("checkpoint")
    ->Arg(1)
    ->Arg(0)
    ->Iterations(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Start-up at the sizes of issue 23, each event its own instance (as every create is): the
// file of range(0) events is written, closed (the checkpoint saved at close), then opened
// once; each step of Ledger::open() is reported in ms, with the reads the server makes
// before it listens (the limits, the latest 1,000 misattributions). startup_ms is their sum;
// close_ms is the close right after, which interrupts the check of every page. With
// LEDGER_BENCH_KEEP=DIR the file is written in DIR/<events> and kept, for the server to start
// on (costbench --headless --data-dir DIR/1000000).
void BM_StartUpAtSize(benchmark::State &state)
{
    const qint64 events = state.range(0);
    QTemporaryDir temporary;
    const QString keep = qEnvironmentVariable("LEDGER_BENCH_KEEP");
    const QDir dir(keep.isEmpty() ? temporary.path() : QDir(keep).filePath(QString::number(events)));
    {
        auto ledger = openLedger(dir.path(), false);
        for (qint64 i = 1; i <= events; ++i) {
            payi::CallEvent event = benchEvent(i);
            event.attribution.useCaseName = QStringLiteral("create_document");
            event.attribution.useCaseId = QStringLiteral("c-%1").arg(i);
            ledger->submit(event);
            if (i % 100'000 == 0)
                ledger->flush(); // bounds the writer's queue
        }
        ledger->flush();
    }
    const auto ms = [](qint64 us) { return double(us) / 1000.0; };
    const QString wal = dir.filePath(Ledger::databaseFileName() + QStringLiteral("-wal"));
    state.counters["wal_mib_at_open"] = double(QFileInfo(wal).size()) / double(1 << 20);
    ::sync(); // the file written is on disk: its write-back does not slow the start timed
    for (auto _ : state) {
        const Clock::time_point start = Clock::now();
        auto ledger = openLedger(dir.path(), true);
        const Clock::time_point opened = Clock::now();
        if (!ledger->limits())
            state.SkipWithError("could not read the limits");
        const Clock::time_point limitsRead = Clock::now();
        if (!ledger->misattributed(1000))
            state.SkipWithError("could not read the misattributed events");
        const Clock::time_point end = Clock::now();
        if (ledger->snapshot().instanceCount() != events)
            state.SkipWithError("wrong instance count after start-up");
        const Ledger::OpenTimes times = ledger->openTimes();
        const Aggregates::Rebuilt rebuilt = ledger->rebuilt();
        const auto between = [](Clock::time_point from, Clock::time_point to) {
            return std::chrono::duration<double, std::milli>(to - from).count();
        };
        state.counters["open_ms"] = between(start, opened);
        state.counters["inspect_ms"] = ms(times.inspectUs);
        state.counters["migrate_ms"] = ms(times.migrateUs);
        state.counters["checkpoint_ms"] = ms(rebuilt.checkpointUs);
        state.counters["replay_ms"] = ms(rebuilt.replayUs);
        state.counters["writer_ms"] = ms(times.writerUs);
        state.counters["limits_ms"] = between(opened, limitsRead);
        state.counters["misattributed_ms"] = between(limitsRead, end);
        state.counters["startup_ms"] = between(start, end);
        state.counters["replayed"] = double(rebuilt.replayed);
        state.PauseTiming();
        // At once, while the check of every page runs: closing interrupts it.
        const Clock::time_point closing = Clock::now();
        ledger.reset();
        state.counters["close_ms"] = between(closing, Clock::now());
        state.ResumeTiming();
    }
    state.counters["instances"] = double(events);
    state.counters["file_mib"] = double(QFileInfo(dir.filePath(Ledger::databaseFileName())).size()) / double(1 << 20);
}
BENCHMARK(BM_StartUpAtSize)
    ->ArgName("events")
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Arg(5'000'000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
