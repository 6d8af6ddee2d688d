#pragma once

#include "payi/CallEvent.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

// Events for the ledger's tests and benchmarks.
namespace sample {

inline QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// An event with every field set to something other than its default.
inline payi::CallEvent fullEvent()
{
    payi::CallEvent e;
    e.eventId = uuid();
    e.requestId = QStringLiteral("req-1");
    e.category = QStringLiteral("system.openai");
    e.resource = QStringLiteral("gpt-5.4");
    e.providerUri = QStringLiteral("http://127.0.0.1:8765/sim/v1/chat/completions");
    e.eventTimestamp = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    e.endToEndLatencyMs = 1234;
    e.timeToFirstTokenMs = 56;
    e.httpStatusCode = 200;
    e.providerResponseId = QStringLiteral("chatcmpl-1");
    e.streaming = true;
    e.units.insert(payi::unit::text(), {100, 20});
    e.units.insert(payi::unit::reasoning(), {0, 7});
    e.rawUsage = QJsonObject{{QStringLiteral("prompt_tokens"), 100},
                             {QStringLiteral("completion_tokens"), 27},
                             {QStringLiteral("details"), QJsonArray{1, QStringLiteral("x")}}};
    e.usageEstimated = true;
    e.attempts = 3;
    payi::Attribution &a = e.attribution;
    a.useCaseName = QStringLiteral("append_document");
    a.useCaseId = QStringLiteral("doc-1");
    a.useCaseVersion = 3;
    a.useCaseStep = QStringLiteral("draft");
    a.userId = QStringLiteral("alice");
    a.accountName = QStringLiteral("acme");
    a.limitIds = {QStringLiteral("lim-a"), QStringLiteral("lim-b")};
    a.requestProperties = {{QStringLiteral("k"), QStringLiteral("v, \"quoted\"\n")}};
    a.useCaseProperties = {{QStringLiteral("u"), QStringLiteral("w")}};
    a.logPromptAndResponse = false;
    a.priceAsCategory = QStringLiteral("system.anthropic");
    a.priceAsResource = QStringLiteral("gpt-5.4-mini");
    a.resourceScope = QStringLiteral("global");
    a.setOrigin(payi::Field::UseCaseName, payi::Origin::TrackContext);
    a.setOrigin(payi::Field::UserId, payi::Origin::CallHeader);
    a.setOrigin(payi::Field::LimitIds, payi::Origin::Global);
    e.properties = {{QStringLiteral("system.stream"), QStringLiteral("true")}};
    e.failed = true;
    e.failureKind = QStringLiteral("stream_cut");
    e.failureDescription = QStringLiteral("the stream ended early");
    e.cost = {payi::Money::fromPico(125'000'000), payi::Money::fromPico(270'000'000),
              payi::Money::fromPico(395'000'000)};
    e.price = {QStringLiteral("2026-01-01"), QStringLiteral("gpt-5.4-mini"), true};
    e.limits = {{QStringLiteral("lim-a"), payi::LimitState::Exceeded},
                {QStringLiteral("lim-b"), payi::LimitState::Blocked}};
    e.blockedLimitIds = {QStringLiteral("lim-b")};
    e.providerRequestJson = QStringLiteral("{\"messages\":[]}");
    e.providerResponseJson = QStringLiteral("{\"choices\":[]}");
    return e;
}

// A plausible event drawn from small pools, so that every group has several members.
inline payi::CallEvent randomEvent(QRandomGenerator &rng, qint64 startMs)
{
    static const QString useCases[] = {QStringLiteral("create_document"), QStringLiteral("append_document"),
                                       QStringLiteral("")};
    static const QString resources[] = {QStringLiteral("gpt-5.4"), QStringLiteral("gpt-5.4-mini")};
    static const QString unitTypes[] = {payi::unit::text(), payi::unit::textCacheRead(), payi::unit::reasoning()};
    payi::CallEvent e;
    e.eventId = QStringLiteral("ev-%1").arg(rng.generate64());
    e.requestId = QStringLiteral("req-%1").arg(rng.bounded(1000));
    e.category = QStringLiteral("system.openai");
    e.resource = resources[rng.bounded(2)];
    e.eventTimestamp = QDateTime::fromMSecsSinceEpoch(startMs + rng.bounded(3'600'000), Qt::UTC);
    e.endToEndLatencyMs = rng.bounded(5000);
    e.httpStatusCode = 200;
    for (const QString &type : unitTypes) {
        if (rng.bounded(2))
            e.units.insert(type, {rng.bounded(5000), rng.bounded(2000)});
    }
    e.attribution.useCaseName = useCases[rng.bounded(3)];
    e.attribution.useCaseId = QStringLiteral("i%1").arg(rng.bounded(40));
    e.attribution.userId = rng.bounded(4) ? QStringLiteral("user%1").arg(rng.bounded(5)) : QString();
    for (int i = 0; i < 3; ++i) {
        if (rng.bounded(3) == 0)
            e.attribution.limitIds << QStringLiteral("lim%1").arg(i);
    }
    e.failed = rng.bounded(10) == 0;
    if (e.failed && !e.attribution.limitIds.isEmpty() && rng.bounded(2))
        e.blockedLimitIds << e.attribution.limitIds.first();
    e.cost.input = payi::Money::fromPico(rng.bounded(1'000'000'000));
    e.cost.output = payi::Money::fromPico(rng.bounded(1'000'000'000));
    e.cost.total = payi::Money::fromPico(e.cost.input.pico() + e.cost.output.pico());
    // Half the document app's, the rest two outside apps': one shares the document app's
    // instances (they have calls from two sources), the other has instances of its own.
    if (rng.bounded(2)) {
        const bool shares = rng.bounded(2);
        e.source = shares ? QStringLiteral("openai/2.34.0 · key 3f9a1c") : QStringLiteral("anthropic/0.69.0 · no key");
        if (!shares)
            e.attribution.useCaseId.prepend(QStringLiteral("b-"));
        e.sourceHeaders = {{QStringLiteral("User-Agent"), QStringLiteral("Payi/Python 0.1.0-alpha.177")}};
    }
    return e;
}

} // namespace sample
