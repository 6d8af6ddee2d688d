#include "base/Clock.h"
#include "payi/Instrumentation.h"

#include <QTest>

using namespace payi;
using namespace Qt::Literals::StringLiterals;

namespace {
CallEvent sampleEvent(bool log)
{
    Config c;
    c.globalInstrumentation = false;
    c.logPromptAndResponse = log;
    auto clock = std::make_shared<base::ManualClock>();
    c.clock = clock;
    c.prices = std::make_shared<const PriceTable>(*PriceTable::fromJson(
        R"({"version":"2026-11-29","currency":"usd","resources":{"gpt-5.4":{"category":"system.openai",
            "units":{"text":{"input":"2.50","output":"15.00"},"text_cache_read":{"input":"0.25"}}}}})"));
    Instrumentation in(c);
    Params p;
    p.useCaseName = u"append_document"_s;
    p.useCaseId = u"doc-1"_s;
    p.useCaseVersion = 2;
    p.useCaseStep = u"draft"_s;
    p.userId = u"alice"_s;
    p.accountName = u"acme"_s;
    p.limitIds = QStringList{u"l1"_s, u"l2"_s};
    p.requestProperties = Properties{{u"tier"_s, u"gold"_s}};
    TrackContext scope(p);
    CallStart s;
    s.resource = u"gpt-5.4"_s;
    s.providerUri = u"http://127.0.0.1:8765/sim/v1"_s;
    s.streaming = true;
    s.requestId = u"req-9"_s;
    s.providerRequest = R"({"model":"gpt-5.4"})";
    TrackedCall call = in.begin(s);
    clock->advanceMs(40);
    call.markFirstToken();
    clock->advanceMs(160);
    CallOutcome o;
    o.httpStatusCode = 200;
    o.providerResponseId = u"chatcmpl-1"_s;
    o.units.insert(unit::text(), UnitCount{900, 200});
    o.units.insert(unit::textCacheRead(), UnitCount{100, 0});
    o.rawUsage = QJsonObject{{u"prompt_tokens"_s, 1000}, {u"completion_tokens"_s, 200}};
    o.providerResponse = "{\n  \"id\": \"chatcmpl-1\"\n}";
    return call.finish(o);
}
} // namespace

class TestCallEvent : public QObject
{
    Q_OBJECT
private slots:
    void fields();
    void jsonRoundTrip();
    void ingestPacket();
    void promptLoggingFollowsTheContext();
    void failureWithoutStatusIs299();
    void abandonedCallIsRecordedOnce();
    void attemptsAndEstimatedUsage_data();
    void attemptsAndEstimatedUsage();
};

void TestCallEvent::fields()
{
    const CallEvent e = sampleEvent(true);
    QCOMPARE(e.requestId, u"req-9"_s);
    QCOMPARE(e.endToEndLatencyMs, 200);
    QCOMPARE(e.timeToFirstTokenMs, 40);
    QCOMPARE(e.eventTimestamp, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    // 900 * 2.5e-6 + 100 * 0.25e-6 = 0.002275 ; 200 * 15e-6 = 0.003
    QCOMPARE(e.cost.input.toString(), u"0.002275"_s);
    QCOMPARE(e.cost.output.toString(), u"0.003"_s);
    QCOMPARE(e.cost.total.toString(), u"0.005275"_s);
    QCOMPARE(e.price.tableVersion, u"2026-11-29"_s);
    QCOMPARE(e.price.resource, u"gpt-5.4"_s);
    QCOMPARE(e.limits.value(u"l1"_s), LimitState::Failed); // no such limit registered
}

void TestCallEvent::jsonRoundTrip()
{
    const CallEvent e = sampleEvent(true);
    const std::optional<CallEvent> back = CallEvent::fromJson(e.toJson());
    QVERIFY(back);
    QCOMPARE(back->toJson(), e.toJson());
    QVERIFY(back->attribution.sameAttribution(e.attribution));
    QCOMPARE(back->attribution.origins, e.attribution.origins);
    QCOMPARE(e.toJson().value(u"cost"_s).toObject().value(u"total"_s).toString(), u"0.005275"_s);
    QVERIFY(!CallEvent::fromJson(QJsonObject{}));
}

void TestCallEvent::ingestPacket()
{
    const CallEvent e = sampleEvent(true);
    const QJsonObject body = e.ingestBody();
    for (const char *key : {"category", "resource", "units", "end_to_end_latency_ms", "time_to_first_token_ms",
                            "event_timestamp", "http_status_code", "provider_response_id", "provider_uri"})
        QVERIFY2(body.contains(QLatin1String(key)), key);
    QCOMPARE(body.value(u"event_timestamp"_s).toString(), u"2026-01-01T00:00:00.000Z"_s);
    QCOMPARE(body.value(u"units"_s).toObject().value(u"text_cache_read"_s).toObject().value(u"input"_s).toInt(), 100);
    QMap<QByteArray, QByteArray> headers;
    for (const auto &[k, v] : e.ingestHeaders())
        headers.insert(k, v);
    QCOMPARE(headers.value("xProxy-UseCase-Name"), QByteArray("append_document"));
    QCOMPARE(headers.value("xProxy-UseCase-ID"), QByteArray("doc-1"));
    QCOMPARE(headers.value("xProxy-UseCase-Version"), QByteArray("2"));
    QCOMPARE(headers.value("xProxy-UseCase-Step"), QByteArray("draft"));
    QCOMPARE(headers.value("xProxy-User-ID"), QByteArray("alice"));
    QCOMPARE(headers.value("xProxy-Account-Name"), QByteArray("acme"));
    QCOMPARE(headers.value("xProxy-Limit-IDs"), QByteArray("l1,l2"));
}

void TestCallEvent::promptLoggingFollowsTheContext()
{
    // Kept as the client gave them, byte for byte.
    QCOMPARE(sampleEvent(true).providerRequestJson, uR"({"model":"gpt-5.4"})"_s);
    QCOMPARE(sampleEvent(true).providerResponseJson, u"{\n  \"id\": \"chatcmpl-1\"\n}"_s);
    QVERIFY(sampleEvent(false).providerRequestJson.isEmpty());
    QVERIFY(sampleEvent(false).providerResponseJson.isEmpty());
}

void TestCallEvent::failureWithoutStatusIs299()
{
    Instrumentation in(Config{});
    CallOutcome o;
    o.httpStatusCode = 0;
    o.failed = true;
    o.failureKind = u"connection_refused"_s;
    o.failureDescription = u"Connection refused"_s;
    const CallEvent e = in.begin(CallStart{}).finish(o);
    QCOMPARE(e.httpStatusCode, NoProviderStatus);
    QCOMPARE(e.ingestBody().value(u"properties"_s).toObject().value(u"system.failure"_s).toString(),
             u"connection_refused"_s);
}

void TestCallEvent::abandonedCallIsRecordedOnce()
{
    struct Collect final : Sink
    {
        void consume(const CallEvent &e) override { events.append(e); }
        QList<CallEvent> events;
    };
    Instrumentation in(Config{});
    auto sink = std::make_shared<Collect>();
    in.addSink(sink);
    {
        TrackedCall dropped = in.begin(CallStart{});
        TrackedCall moved = std::move(dropped);
    }
    QCOMPARE(sink->events.size(), 1);
    QCOMPARE(sink->events.first().failureKind, u"abandoned"_s);
    TrackedCall finished = in.begin(CallStart{});
    finished.finish(CallOutcome{});
    QVERIFY(finished.finish(CallOutcome{}).eventId.isEmpty()); // a second finish records nothing
    QCOMPARE(sink->events.size(), 2);
}

void TestCallEvent::attemptsAndEstimatedUsage_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("estimated");
    QTest::newRow("sent once, usage reported") << 1 << false;
    QTest::newRow("retried twice, usage estimated") << 3 << true;
}

// What the client says of a call's attempts and units reaches its event and its JSON; an
// event read from JSON without them (an older one) was sent once, its usage reported.
void TestCallEvent::attemptsAndEstimatedUsage()
{
    QFETCH(int, attempts);
    QFETCH(bool, estimated);
    Instrumentation in(Config{});
    CallOutcome o;
    o.units.insert(unit::text(), UnitCount{10, 5});
    o.attempts = attempts;
    o.usageEstimated = estimated;
    const CallEvent e = in.begin(CallStart{}).finish(o);
    QCOMPARE(e.attempts, attempts);
    QCOMPARE(e.usageEstimated, estimated);
    QCOMPARE(e.toJson().value(u"attempts"_s).toInt(), attempts);
    QCOMPARE(e.toJson().value(u"usage_estimated"_s).toBool(), estimated);
    QJsonObject older = e.toJson();
    older.remove(u"attempts"_s);
    older.remove(u"usage_estimated"_s);
    QCOMPARE(CallEvent::fromJson(older)->attempts, 1);
    QCOMPARE(CallEvent::fromJson(older)->usageEstimated, false);
}

QTEST_GUILESS_MAIN(TestCallEvent)
#include "tst_callevent.moc"
