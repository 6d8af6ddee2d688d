// The cost of tracking on the hot path. Run: build/tests/bench/payi/bench_payi
// Goal (issue 2): one tracked call <= 1 us median on the project's 2-core machine.
#include "payi/Instrumentation.h"

#include <benchmark/benchmark.h>

using namespace payi;

namespace {

class NullSink final : public Sink
{
public:
    void consume(const CallEvent &event) override { benchmark::DoNotOptimize(&event); }
};

std::unique_ptr<Instrumentation> makeInstrumentation()
{
    Config c;
    c.globalInstrumentation = false;
    c.logPromptAndResponse = false;
    c.prices = std::make_shared<const PriceTable>(*PriceTable::fromJson(
        R"({"version":"b","currency":"usd","resources":{"gpt-5.4":{"category":"system.openai",
            "units":{"text":{"input":"2.50","output":"15.00"},"text_cache_read":{"input":"0.25"}}}}})"));
    auto in = std::make_unique<Instrumentation>(c);
    in->addSink(std::make_shared<NullSink>());
    return in;
}

CallOutcome outcome()
{
    CallOutcome o;
    o.units.insert(unit::text(), UnitCount{900, 200});
    o.units.insert(unit::textCacheRead(), UnitCount{100, 0});
    return o;
}

// Open a track scope (new instance id), capture, resolve, price, emit to a no-op sink.
void BM_TrackedCall(benchmark::State &state)
{
    const auto in = makeInstrumentation();
    const CallOutcome o = outcome();
    Params p;
    p.useCaseName = QStringLiteral("create_document");
    p.userId = QStringLiteral("user-1");
    CallStart start;
    start.resource = QStringLiteral("gpt-5.4");
    for (auto _ : state) {
        track(p, [&] {
            CallStart s = start;
            s.context = CapturedContext::current();
            TrackedCall call = in->begin(std::move(s));
            benchmark::DoNotOptimize(call.finish(o));
        });
    }
}
BENCHMARK(BM_TrackedCall)->Repetitions(10)->ReportAggregatesOnly(true);

// The same call inside a nested scope: track -> track_context with the document id.
void BM_TrackedCallNested(benchmark::State &state)
{
    const auto in = makeInstrumentation();
    const CallOutcome o = outcome();
    Params outer;
    outer.useCaseName = QStringLiteral("append_document");
    outer.userId = QStringLiteral("user-1");
    Params inner;
    inner.useCaseName = QStringLiteral("append_document");
    inner.useCaseId = QStringLiteral("doc-42");
    inner.limitIds = QStringList{QStringLiteral("no-such-limit")};
    CallStart start;
    start.resource = QStringLiteral("gpt-5.4");
    for (auto _ : state) {
        track(outer, [&] {
            TrackContext scope(inner);
            CallStart s = start;
            s.context = CapturedContext::current();
            TrackedCall call = in->begin(std::move(s));
            benchmark::DoNotOptimize(call.finish(o));
        });
    }
}
BENCHMARK(BM_TrackedCallNested)->Repetitions(10)->ReportAggregatesOnly(true);

// Opening and closing one nested scope alone.
void BM_NestedScopeOpenClose(benchmark::State &state)
{
    Params outer;
    outer.useCaseName = QStringLiteral("append_document");
    Params inner;
    inner.userId = QStringLiteral("user-1");
    TrackContext scope(outer);
    for (auto _ : state) {
        TrackContext nested(inner);
        benchmark::DoNotOptimize(&nested);
    }
}
BENCHMARK(BM_NestedScopeOpenClose)->Repetitions(10)->ReportAggregatesOnly(true);

} // namespace

BENCHMARK_MAIN();
