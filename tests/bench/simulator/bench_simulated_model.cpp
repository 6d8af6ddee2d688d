// What the simulated model spends on one answer it has written before, the case of a load
// test: plan the request, then write the completion's body. Both run on a model thread for
// every call. Run: build/tests/bench/simulator/bench_simulated_model
#include "providers/ChatRequest.h"
#include "simulator/SimulatedModel.h"

#include <benchmark/benchmark.h>

namespace {

// The seed's create call: its system prompt and a short user prompt.
QByteArray seedCreateBody()
{
    providers::ChatRequest request;
    request.model = QStringLiteral("gpt-4o-mini");
    request.messages = {
        {QStringLiteral("system"), QStringLiteral("You are a helpful assistant that writes short, vivid "
                                                  "documents. Write one document of a few stanzas about "
                                                  "the user's subject. ")
                                       .repeated(8)},
        {QStringLiteral("user"), QStringLiteral("a lighthouse")}};
    return request.bodyText(0);
}

void BM_PlanRememberedAnswer(benchmark::State &state)
{
    simulator::SimulatedModel model;
    const QByteArray body = seedCreateBody();
    model.plan(body, 0); // written once: the rest are remembered
    for (auto _ : state)
        benchmark::DoNotOptimize(model.plan(body, 0));
    state.SetLabel(std::to_string(body.size()) + " B request");
}
BENCHMARK(BM_PlanRememberedAnswer)->Unit(benchmark::kMicrosecond);

void BM_CompletionBody(benchmark::State &state)
{
    simulator::SimulatedModel model;
    const simulator::ResponsePlan plan = model.plan(seedCreateBody(), 0);
    for (auto _ : state)
        benchmark::DoNotOptimize(plan.completionBody());
    state.SetLabel(std::to_string(plan.completionBody().size()) + " B answer");
}
BENCHMARK(BM_CompletionBody)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
