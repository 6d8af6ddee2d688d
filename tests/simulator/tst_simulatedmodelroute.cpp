#include "support/RecordingSink.h"

#include "net/HttpServer.h"
#include "payi/Instrumentation.h"
#include "providers/ChatClient.h"
#include "providers/TokenEstimate.h"
#include "simulator/SimulatedModelRoute.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>
#include <optional>

using base::Result;
using providers::ChatClient;
using providers::ChatDelta;
using providers::ChatRequest;
using providers::ChatResponse;
using simulator::FaultKind;

Q_DECLARE_METATYPE(simulator::FaultKind)

// The simulated model end to end: ChatClient -> HTTP on loopback -> net::HttpServer ->
// SimulatedModelRoute, and back.
class TestSimulatedModelRoute : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void answersLikeOpenAi();
    void streamsTokenByToken();
    void playsManyStreamsAtOnce();
    void playsFaultsOnTheWire_data();
    void playsFaultsOnTheWire();
    void refusesABadRequest();

private:
    ChatRequest request(bool stream) const;
    Result<ChatResponse> run(ChatRequest request, QList<ChatDelta> *deltas = nullptr);

    std::unique_ptr<payi::Instrumentation> m_instrumentation;
    std::shared_ptr<RecordingSink> m_sink;
    std::unique_ptr<net::HttpServer> m_server;
    std::unique_ptr<simulator::SimulatedModelRoute> m_route;
    std::unique_ptr<ChatClient> m_client;
};

void TestSimulatedModelRoute::init()
{
    payi::Config config;
    config.prices = std::make_shared<const payi::PriceTable>(*payi::PriceTable::fromJson(
        R"({"version": "2026-03-01", "currency": "usd", "resources": {"gpt-5.4": {"category": "system.openai",
        "source": "test", "date": "2026-03-01", "units": {"text": {"input": "1.25", "output": "10.00"}}}}})"));
    m_instrumentation = std::make_unique<payi::Instrumentation>(config);
    m_sink = std::make_shared<RecordingSink>();
    m_instrumentation->addSink(m_sink);
    m_server = std::make_unique<net::HttpServer>();
    m_route = std::make_unique<simulator::SimulatedModelRoute>(std::make_shared<simulator::SimulatedModel>(11));
    m_route->model().settings()->setBaseLatencyMs(20);
    m_route->model().settings()->setPerTokenMs(1);
    QVERIFY(m_route->mount(*m_server));
    QVERIFY(!m_server->listen(QHostAddress::LocalHost, 0).has_value());
    m_client = std::make_unique<ChatClient>(payi::ClientBinding(m_instrumentation.get()));
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/sim/v1").arg(m_server->serverPort())));
}

void TestSimulatedModelRoute::cleanup()
{
    m_client.reset();
    m_route.reset();
    m_server.reset();
    m_instrumentation.reset();
}

ChatRequest TestSimulatedModelRoute::request(bool stream) const
{
    ChatRequest r;
    r.model = QStringLiteral("gpt-5.4");
    r.messages = {
        {QStringLiteral("system"), QStringLiteral("You are a poet. Write a short poem based on the user's prompt.")},
        {QStringLiteral("user"), QStringLiteral("a lighthouse in winter")}};
    r.stream = stream;
    return r;
}

Result<ChatResponse> TestSimulatedModelRoute::run(ChatRequest r, QList<ChatDelta> *deltas)
{
    std::optional<Result<ChatResponse>> result;
    m_client->complete(
        std::move(r), [&](Result<ChatResponse> outcome) { result.emplace(std::move(outcome)); },
        [deltas](const ChatDelta &delta) {
            if (deltas)
                deltas->append(delta);
        });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    return result.value_or(base::Error{QStringLiteral("test"), QStringLiteral("no answer")});
}

void TestSimulatedModelRoute::answersLikeOpenAi()
{
    simulator::SimulatedModel sameSeed(11, m_route->model().settings());
    const simulator::ResponsePlan expected =
        sameSeed.plan(QJsonDocument(request(false).body(0)).toJson(QJsonDocument::Compact), 0);

    const Result<ChatResponse> result = run(request(false));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->content, expected.content());
    QVERIFY(result->id.startsWith(QStringLiteral("chatcmpl-")));
    QCOMPARE(result->finishReason, QStringLiteral("stop"));
    QCOMPARE(result->usage, expected.usage());
    QVERIFY(result->units.value(payi::unit::reasoning()).output > 0);
    QCOMPARE(m_sink->count(), 1);
    QVERIFY(m_sink->events().first().endToEndLatencyMs >= expected.totalLatencyMs());
}

void TestSimulatedModelRoute::streamsTokenByToken()
{
    QList<ChatDelta> deltas;
    const Result<ChatResponse> result = run(request(true), &deltas);
    QVERIFY(result.ok());
    qint64 contentDeltas = 0;
    for (const ChatDelta &delta : std::as_const(deltas))
        contentDeltas += delta.content.isEmpty() ? 0 : 1;
    QCOMPARE(contentDeltas, providers::estimateTokens(result->content));
    QCOMPARE(result->units.value(payi::unit::text()).output, contentDeltas);
    const payi::CallEvent event = m_sink->events().first();
    QVERIFY(event.timeToFirstTokenMs.has_value());
    QVERIFY(*event.timeToFirstTokenMs >= 20);
    QVERIFY(*event.timeToFirstTokenMs < event.endToEndLatencyMs);
}

// Streams started together, with prompts (so answers) of different lengths, each get all
// their pieces in order and end, from the one timer that plays them all.
void TestSimulatedModelRoute::playsManyStreamsAtOnce()
{
    constexpr int Streams = 40;
    QList<std::optional<Result<ChatResponse>>> results(Streams);
    QList<QString> streamed(Streams);
    for (int i = 0; i < Streams; ++i) {
        ChatRequest r = request(true);
        r.messages.last().content = QStringLiteral("a lighthouse in winter, take %1").arg(i * 7);
        m_client->complete(
            std::move(r), [&results, i](Result<ChatResponse> outcome) { results[i].emplace(std::move(outcome)); },
            [&streamed, i](const ChatDelta &delta) { streamed[i] += delta.content; });
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(results.cbegin(), results.cend(), [](const auto &r) { return r.has_value(); }),
                             20000);
    QSet<QString> answers;
    for (int i = 0; i < Streams; ++i) {
        QVERIFY2(results[i]->ok(), qPrintable(results[i]->ok() ? QString() : results[i]->error().message));
        QVERIFY(!streamed[i].isEmpty());
        QCOMPARE(streamed[i], results[i]->value().content);
        answers.insert(streamed[i]);
    }
    QVERIFY(answers.size() > 1); // not one stream's text everywhere
    QCOMPARE(m_sink->count(), Streams);
}

void TestSimulatedModelRoute::playsFaultsOnTheWire_data()
{
    QTest::addColumn<simulator::FaultKind>("kind");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::newRow("429") << simulator::FaultKind::RateLimited << false << QStringLiteral("http_error") << 429;
    QTest::newRow("500 on a stream") << simulator::FaultKind::ServerError << true << QStringLiteral("http_error")
                                     << 500;
    QTest::newRow("timeout") << simulator::FaultKind::Timeout << false << QStringLiteral("timeout")
                             << payi::NoProviderStatus;
    QTest::newRow("cut stream") << simulator::FaultKind::StreamCut << true << QStringLiteral("stream_cut") << 200;
    QTest::newRow("cut body") << simulator::FaultKind::StreamCut << false << QStringLiteral("malformed_response")
                              << 200;
    QTest::newRow("malformed stream") << simulator::FaultKind::MalformedBody << true
                                      << QStringLiteral("malformed_response") << 200;
    QTest::newRow("malformed body") << simulator::FaultKind::MalformedBody << false
                                    << QStringLiteral("malformed_response") << 200;
}

void TestSimulatedModelRoute::playsFaultsOnTheWire()
{
    QFETCH(simulator::FaultKind, kind);
    QFETCH(bool, stream);
    QFETCH(QString, code);
    QFETCH(int, status);
    m_route->model().settings()->setFailureRate(1.0);
    m_route->model().settings()->setFaultKind(kind);
    // Only the held answer waits out the time-out; the others answer after the plan's own
    // latency (20 ms and 1 ms a token), which a loaded machine can stretch well past 300 ms.
    m_client->setTimeoutMs(kind == simulator::FaultKind::Timeout ? 300 : 10000);

    const Result<ChatResponse> result = run(request(stream));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(m_sink->count(), 1);
    QCOMPARE(m_sink->events().first().httpStatusCode, status);
    if (kind == simulator::FaultKind::StreamCut && stream)
        QVERIFY(m_sink->events().first().units.value(payi::unit::text()).output > 0);
    if (kind == simulator::FaultKind::Timeout)
        QTRY_COMPARE_WITH_TIMEOUT(m_route->heldRequests(), 0, 5000);
}

void TestSimulatedModelRoute::refusesABadRequest()
{
    ChatRequest r = request(false);
    r.messages.clear();
    const Result<ChatResponse> result = run(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("http_error"));
    QVERIFY(result.error().message.contains(QStringLiteral("invalid_request_error")));
}

QTEST_GUILESS_MAIN(TestSimulatedModelRoute)
#include "tst_simulatedmodelroute.moc"
