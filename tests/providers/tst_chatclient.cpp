#include "support/RecordingSink.h"
#include "support/ReplayServer.h"

#include "net/HttpServer.h"
#include "payi/Instrumentation.h"
#include "payi/TrackContext.h"
#include "providers/ChatClient.h"
#include "simulator/SimulatedModelRoute.h"

#include <QFile>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using base::Result;
using providers::ChatClient;
using providers::ChatDelta;
using providers::ChatRequest;
using providers::ChatResponse;
using providers::MaxTokensSetting;

Q_DECLARE_METATYPE(MaxTokensSetting)

// Every case runs twice: over http://, through the client's own transport, and over
// https://, through Qt's network stack.
class TestChatClient : public QObject
{
    Q_OBJECT

public:
    explicit TestChatClient(ReplayServer::Scheme scheme) : m_scheme(scheme) {}

private slots:
    void clientsMadeBeforeInstrumentAreNotTracked();
    void init();
    void cleanup();
    void completes();
    void streams_data();
    void streams();
    void showsTheUsageChunkWhenAskedFor();
    void estimatesAStreamWithoutUsage();
    void flagsEstimatedUsage_data();
    void flagsEstimatedUsage();
    void recordsFailuresOnce_data();
    void recordsFailuresOnce();
    void connectionRefused();
    void timesOut();
    void neverLeaksTheApiKey();
    void callHeadersWinAndStayLocal();
    void unreadableCallHeadersFailBeforeTheProvider_data();
    void unreadableCallHeadersFailBeforeTheProvider();
    void keepsTheContextOfTheCallsStart();
    void blockLimitRefusesWithoutACall();
    void capsOutputForAReservation();
    void sendsTheCapAsTheModelTakesIt_data();
    void sendsTheCapAsTheModelTakesIt();
    void retriesAsTheSdksDo_data();
    void retriesAsTheSdksDo();
    void holdsTheReservationAcrossRetries();
    void clientGoneWhileARetryWaits();
    void completesFromAnotherThread();
    void manyConcurrentCallsAreEachRecordedOnce();

private:
    ChatRequest request(bool stream = false) const;
    Result<ChatResponse> run(ChatClient &client, ChatRequest request, QList<ChatDelta> *deltas = nullptr);

    const ReplayServer::Scheme m_scheme;
    std::unique_ptr<payi::Instrumentation> m_instrumentation;
    std::shared_ptr<RecordingSink> m_sink;
    std::unique_ptr<ReplayServer> m_openAi;
    std::unique_ptr<ChatClient> m_client;
    QList<int> m_delays; // what the retries asked the client's retry timer to wait, in ms
};

namespace {

const QString ApiKey = QStringLiteral("sk-test-secret-0123456789");

std::shared_ptr<const payi::PriceTable> prices()
{
    const auto table = payi::PriceTable::fromJson(R"({"version": "2026-03-01", "currency": "usd",
        "resources": {"gpt-5.4": {"category": "system.openai", "source": "test", "date": "2026-03-01",
        "units": {"text": {"input": "1.25", "output": "10.00"}, "text_cache_read": {"input": "0.125"}}},
        "gpt-4.1": {"category": "system.openai", "units": {"text": {"input": "2", "output": "8"}}}}})");
    return std::make_shared<const payi::PriceTable>(*table);
}

QJsonObject sentBody(const ReplayServer &server)
{
    return QJsonDocument::fromJson(server.requests().constLast().body).object();
}

} // namespace

ChatRequest TestChatClient::request(bool stream) const
{
    ChatRequest r;
    r.model = QStringLiteral("gpt-5.4");
    r.messages = {{QStringLiteral("system"), QStringLiteral("You are a poet.")},
                  {QStringLiteral("user"), QStringLiteral("the harbor at dawn")}};
    r.stream = stream;
    return r;
}

Result<ChatResponse> TestChatClient::run(ChatClient &client, ChatRequest r, QList<ChatDelta> *deltas)
{
    std::optional<Result<ChatResponse>> result;
    int calls = 0;
    client.complete(
        std::move(r),
        [&](Result<ChatResponse> outcome) {
            ++calls;
            result.emplace(std::move(outcome));
        },
        [deltas](const ChatDelta &delta) {
            if (deltas)
                deltas->append(delta);
        });
    // Never synchronous: the answer comes from the event loop.
    [&] { QVERIFY(!result.has_value()); }();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    [&] { QCOMPARE(calls, 1); }();
    return result.value_or(base::Error{QStringLiteral("test"), QStringLiteral("no answer")});
}

void TestChatClient::clientsMadeBeforeInstrumentAreNotTracked()
{
    if (payi::instrumentation())
        QSKIP("instrument() runs once per process; the http:// run covered this");
    ChatClient early;
    QVERIFY(!early.isInstrumented());
    payi::Config config;
    config.prices = prices();
    QVERIFY(payi::instrument(config));
    ChatClient late;
    QVERIFY(late.isInstrumented());

    auto sink = std::make_shared<RecordingSink>();
    payi::instrumentation()->addSink(sink);
    ReplayServer openAi(m_scheme);
    openAi.replay(QStringLiteral("chat_plain"));
    early.setBaseUrl(QUrl(QString::fromLatin1(openAi.baseUrl())));
    late.setBaseUrl(early.baseUrl());

    const Result<ChatResponse> untracked = run(early, request());
    QVERIFY(untracked.ok());
    QVERIFY(untracked->event.eventId.isEmpty());
    QCOMPARE(sink->count(), 0);

    const Result<ChatResponse> tracked = run(late, request());
    QVERIFY(tracked.ok());
    QCOMPARE(sink->count(), 1);
    QCOMPARE(sink->events().first().eventId, tracked->event.eventId);
    payi::instrumentation()->removeSink(sink);
}

void TestChatClient::init()
{
    payi::Config config;
    config.prices = prices();
    config.globalContext.useCaseName = QStringLiteral("tests");
    m_instrumentation = std::make_unique<payi::Instrumentation>(config);
    m_sink = std::make_shared<RecordingSink>();
    m_instrumentation->addSink(m_sink);
    m_openAi = std::make_unique<ReplayServer>(m_scheme);
    m_client = std::make_unique<ChatClient>(payi::ClientBinding(m_instrumentation.get()));
    m_client->setBaseUrl(QUrl(QString::fromLatin1(m_openAi->baseUrl())));
    m_client->setApiKey(ApiKey);
    // Retries ask their wait of this timer, which records it and waits nothing.
    m_delays.clear();
    m_client->setRetryTimer([this](int delayMs) {
        m_delays.append(delayMs);
        return 0;
    });
}

void TestChatClient::cleanup()
{
    m_client.reset();
    m_openAi.reset();
    m_instrumentation.reset();
}

void TestChatClient::completes()
{
    m_openAi->replay(QStringLiteral("chat_plain"));
    const Result<ChatResponse> result = run(*m_client, request());
    QVERIFY(result.ok());
    QCOMPARE(result->content, QStringLiteral("Morning light on the harbor,\nthe gulls write slow circles."));
    QCOMPARE(result->id, QStringLiteral("chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG"));
    QCOMPARE(result->finishReason, QStringLiteral("stop"));
    QVERIFY(!result->usageEstimated);
    QCOMPARE(result->units.value(payi::unit::text()), (payi::UnitCount{93, 16}));
    QCOMPARE(result->units.value(payi::unit::textCacheRead()), (payi::UnitCount{1024, 0}));
    QCOMPARE(result->units.value(payi::unit::reasoning()), (payi::UnitCount{0, 30}));

    const ReplayServer::Request &sent = m_openAi->requests().constLast();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(sent.header("authorization"), "Bearer " + ApiKey.toUtf8());
    QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
    const QJsonObject body = sentBody(*m_openAi);
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-5.4"));
    QCOMPARE(body.value(QStringLiteral("messages")).toArray().size(), 2);
    QVERIFY(!body.contains(QStringLiteral("stream")));
    QVERIFY(!body.contains(QStringLiteral("max_tokens")));

    QCOMPARE(m_sink->count(), 1);
    const payi::CallEvent event = m_sink->events().first();
    QCOMPARE(event.eventId, result->event.eventId);
    QCOMPARE(event.httpStatusCode, 200);
    QVERIFY(!event.failed);
    QCOMPARE(event.providerResponseId, result->id);
    QCOMPARE(event.units, result->units);
    QCOMPARE(event.rawUsage.value(QStringLiteral("prompt_tokens")).toInt(), 1117);
    QCOMPARE(event.resource, QStringLiteral("gpt-5.4"));
    QCOMPARE(event.providerUri, m_client->baseUrl().toString() + QStringLiteral("/chat/completions"));
    QVERIFY(!event.timeToFirstTokenMs.has_value());
    QVERIFY(!event.cost.total.isZero());
    // The prompt and the answer are logged as they crossed the wire, byte for byte.
    QCOMPARE(event.providerRequestJson.toUtf8(), sent.body);
    QFile fixture(QStringLiteral(COSTBENCH_FIXTURES "/chat_plain.http"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray recorded = fixture.readAll();
    QCOMPARE(event.providerResponseJson.toUtf8(), recorded.mid(recorded.indexOf("\n\n") + 2));
}

void TestChatClient::streams_data()
{
    QTest::addColumn<int>("pieceBytes");
    QTest::newRow("one write") << 0;
    QTest::newRow("3-byte pieces") << 3;
    QTest::newRow("7-byte pieces") << 7;
    QTest::newRow("100-byte pieces") << 100;
}

void TestChatClient::streams()
{
    QFETCH(int, pieceBytes);
    m_openAi->replay(QStringLiteral("chat_stream_usage"), pieceBytes);
    QList<ChatDelta> deltas;
    const Result<ChatResponse> result = run(*m_client, request(true), &deltas);
    QVERIFY(result.ok());
    QCOMPARE(result->content, QStringLiteral("Morning light on the harbor"));
    QCOMPARE(result->finishReason, QStringLiteral("stop"));
    QCOMPARE(result->id, QStringLiteral("chatcmpl-B9MHStream01"));

    // The caller sees every chunk but the usage chunk it did not ask for.
    QCOMPARE(deltas.size(), 7);
    QString joined;
    for (const ChatDelta &delta : std::as_const(deltas)) {
        QVERIFY(!delta.chunk.value(QStringLiteral("choices")).toArray().isEmpty());
        joined += delta.content;
    }
    QCOMPARE(joined, result->content);

    const QJsonObject body = sentBody(*m_openAi);
    QVERIFY(body.value(QStringLiteral("stream")).toBool());
    QVERIFY(body.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool());
    QCOMPARE(m_openAi->requests().constLast().header("accept"), QByteArray("text/event-stream"));

    QCOMPARE(result->units.value(payi::unit::text()), (payi::UnitCount{31, 5}));
    QCOMPARE(result->units.value(payi::unit::reasoning()), (payi::UnitCount{0, 64}));
    QCOMPARE(m_sink->count(), 1);
    const payi::CallEvent event = m_sink->events().first();
    QVERIFY(event.streaming);
    QVERIFY(event.timeToFirstTokenMs.has_value());
    QVERIFY(*event.timeToFirstTokenMs <= event.endToEndLatencyMs);
    QCOMPARE(event.httpStatusCode, 200);
}

void TestChatClient::showsTheUsageChunkWhenAskedFor()
{
    m_openAi->replay(QStringLiteral("chat_stream_usage"));
    ChatRequest r = request(true);
    r.extraBody.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    QList<ChatDelta> deltas;
    QVERIFY(run(*m_client, r, &deltas).ok());
    QCOMPARE(deltas.size(), 8);
    QVERIFY(deltas.constLast().chunk.value(QStringLiteral("choices")).toArray().isEmpty());
    QCOMPARE(deltas.constLast()
                 .chunk.value(QStringLiteral("usage"))
                 .toObject()
                 .value(QStringLiteral("completion_tokens"))
                 .toInt(),
             69);
}

void TestChatClient::estimatesAStreamWithoutUsage()
{
    m_openAi->replay(QStringLiteral("chat_stream_no_usage"), 13);
    const Result<ChatResponse> result = run(*m_client, request(true));
    QVERIFY(result.ok());
    QCOMPARE(result->content, QStringLiteral("Quiet tide."));
    QVERIFY(result->usageEstimated);
    QVERIFY(result->usage.isEmpty());
    const payi::UnitCount text = result->units.value(payi::unit::text());
    QCOMPARE(text.output, 3); // one token per content chunk
    QVERIFY(text.input > 0);
    QCOMPARE(m_sink->count(), 1);
    QVERIFY(!m_sink->events().first().failed);
}

void TestChatClient::flagsEstimatedUsage_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("failure"); // empty: the call succeeds
    QTest::addColumn<bool>("estimated");
    QTest::newRow("usage reported") << QStringLiteral("chat_plain") << false << QString() << false;
    QTest::newRow("a stream with its usage chunk") << QStringLiteral("chat_stream_usage") << true << QString() << false;
    QTest::newRow("a reply without usage") << QStringLiteral("chat_plain_no_usage") << false << QString() << true;
    QTest::newRow("a stream without usage") << QStringLiteral("chat_stream_no_usage") << true << QString() << true;
    QTest::newRow("a stream cut before its usage")
        << QStringLiteral("stream_cut") << true << QStringLiteral("stream_cut") << true;
    QTest::newRow("an error: nothing counted")
        << QStringLiteral("error_401") << false << QStringLiteral("http_error") << false;
}

// A call whose units the provider did not report is recorded with Costbench's estimate, and
// the event says so.
void TestChatClient::flagsEstimatedUsage()
{
    QFETCH(QString, fixture);
    QFETCH(bool, stream);
    QFETCH(QString, failure);
    QFETCH(bool, estimated);
    m_openAi->replay(fixture, 9);
    const Result<ChatResponse> result = run(*m_client, request(stream));
    QCOMPARE(result.ok(), failure.isEmpty());
    if (result.ok()) {
        QCOMPARE(result->usageEstimated, estimated);
        QCOMPARE(result->usage.isEmpty(), estimated);
        QVERIFY(result->units.value(payi::unit::text()).output > 0);
    } else {
        QCOMPARE(result.error().code, failure);
    }
    QCOMPARE(m_sink->count(), 1);
    const payi::CallEvent event = m_sink->events().first();
    QCOMPARE(event.usageEstimated, estimated);
    QCOMPARE(event.toJson().value(QStringLiteral("usage_estimated")).toBool(), estimated);
    QCOMPARE(payi::CallEvent::fromJson(event.toJson())->usageEstimated, estimated);
    if (estimated) {
        QVERIFY(event.rawUsage.isEmpty());
        QVERIFY(event.units.value(payi::unit::text()).input > 0);
        QVERIFY(!event.cost.total.isZero() || event.failed);
    }
}

void TestChatClient::recordsFailuresOnce_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::addColumn<qint64>("outputTokens");
    QTest::addColumn<int>("attempts"); // every answer is the fixture: a retried one is retried to the end

    QTest::newRow("429") << QStringLiteral("error_429") << false << QStringLiteral("http_error") << 429
                         << QStringLiteral("Rate limit reached for gpt-5.4") << qint64(0) << 3;
    QTest::newRow("429 on a stream") << QStringLiteral("error_429") << true << QStringLiteral("http_error") << 429
                                     << QStringLiteral("code: rate_limit_exceeded") << qint64(0) << 3;
    QTest::newRow("500") << QStringLiteral("error_500") << false << QStringLiteral("http_error") << 500
                         << QStringLiteral("type: server_error") << qint64(0) << 3;
    QTest::newRow("502 html") << QStringLiteral("error_502_html") << false << QStringLiteral("http_error") << 502
                              << QStringLiteral("502 Bad Gateway") << qint64(0) << 3;
    QTest::newRow("malformed json") << QStringLiteral("malformed") << false << QStringLiteral("malformed_response")
                                    << 200 << QStringLiteral("not a chat completion") << qint64(0) << 1;
    QTest::newRow("cut stream") << QStringLiteral("stream_cut") << true << QStringLiteral("stream_cut") << 200
                                << QStringLiteral("after 3 content chunks") << qint64(3) << 1;
}

void TestChatClient::recordsFailuresOnce()
{
    QFETCH(QString, fixture);
    QFETCH(bool, stream);
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(QString, says);
    QFETCH(qint64, outputTokens);
    QFETCH(int, attempts);

    m_openAi->replay(fixture, 11);
    const Result<ChatResponse> result = run(*m_client, request(stream));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY2(result.error().message.contains(says), qPrintable(result.error().message));

    QCOMPARE(m_sink->count(), 1);
    const payi::CallEvent event = m_sink->events().first();
    QVERIFY(event.failed);
    QCOMPARE(event.failureKind, code);
    QCOMPARE(event.failureDescription, result.error().message);
    QCOMPARE(event.httpStatusCode, status);
    QCOMPARE(event.units.value(payi::unit::text()).output, outputTokens);
    if (outputTokens > 0)
        QVERIFY(event.units.value(payi::unit::text()).input > 0);
    QCOMPARE(event.usageEstimated, outputTokens > 0); // a cut stream never sent its usage
    QCOMPARE(event.attempts, attempts);
    QCOMPARE(m_openAi->requests().size(), attempts);
    QCOMPARE(m_delays.size(), attempts - 1);
    QCOMPARE(m_client->callsInFlight(), 0);
}

void TestChatClient::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    m_client->setBaseUrl(
        QUrl(QStringLiteral("%1://127.0.0.1:%2/v1").arg(m_client->baseUrl().scheme()).arg(closedPort)));

    const Result<ChatResponse> result = run(*m_client, request());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("connection_refused"));
    QCOMPARE(m_sink->count(), 1);
    QCOMPARE(m_sink->events().first().httpStatusCode, payi::NoProviderStatus);
    QCOMPARE(m_sink->events().first().failureKind, QStringLiteral("connection_refused"));
    QCOMPARE(m_sink->events().first().attempts, 3); // a connection error is retried, twice
    QCOMPARE(m_delays.size(), 2);
}

void TestChatClient::timesOut()
{
    m_openAi->stayMute();
    m_client->setTimeoutMs(200);
    const Result<ChatResponse> result = run(*m_client, request());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("timeout"));
    QCOMPARE(m_sink->count(), 1);
    QCOMPARE(m_sink->events().first().httpStatusCode, payi::NoProviderStatus);
    // A time-out is retried as the SDKs retry it (httpx's TimeoutException), twice.
    QCOMPARE(m_sink->events().first().attempts, 3);
    QCOMPARE(m_openAi->requests().size(), 3);
}

void TestChatClient::neverLeaksTheApiKey()
{
    m_openAi->replay(QStringLiteral("error_401"));
    const Result<ChatResponse> result = run(*m_client, request());
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("Incorrect API key provided")));
    QVERIFY(!result.error().message.contains(ApiKey));
    QCOMPARE(m_sink->count(), 1);
    const payi::CallEvent event = m_sink->events().first();
    QCOMPARE(event.attempts, 1); // 401 is not retried
    QVERIFY(!QJsonDocument(event.toJson()).toJson().contains(ApiKey.toUtf8()));
    QVERIFY(!QJsonDocument(event.ingestBody()).toJson().contains(ApiKey.toUtf8()));
}

void TestChatClient::callHeadersWinAndStayLocal()
{
    m_openAi->replay(QStringLiteral("chat_plain"));
    payi::Params scope;
    scope.useCaseName = QStringLiteral("append_document");
    scope.useCaseId = QStringLiteral("doc-1");
    scope.userId = QStringLiteral("scope-user");
    payi::TrackContext context(scope);

    ChatRequest r = request();
    r.headers.userId = QStringLiteral("typed-user");
    r.headers.accountName = QStringLiteral("acme");
    r.extraHeaders = {{"xProxy-User-ID", "header-user"}, {"XPROXY-UseCase-Step", "polish"}, {"X-Custom", "kept"}};
    const Result<ChatResponse> result = run(*m_client, r);
    QVERIFY(result.ok());
    const payi::Attribution &a = result->event.attribution;
    QCOMPARE(a.userId, QStringLiteral("header-user"));
    QCOMPARE(a.accountName, QStringLiteral("acme"));
    QCOMPARE(a.useCaseId, QStringLiteral("doc-1"));
    QCOMPARE(a.useCaseStep, QStringLiteral("polish"));
    QCOMPARE(a.origin(payi::Field::UserId), payi::Origin::CallHeader);

    const ReplayServer::Request &sent = m_openAi->requests().constLast();
    QVERIFY(!sent.hasHeaderStartingWith("xproxy-"));
    QCOMPARE(sent.header("x-custom"), QByteArray("kept"));
}

void TestChatClient::unreadableCallHeadersFailBeforeTheProvider_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("version not a number") << QByteArray("xProxy-UseCase-Version") << QByteArray("two");
    QTest::newRow("properties not JSON") << QByteArray("xProxy-Request-Properties") << QByteArray("{oops");
    QTest::newRow("properties not an object") << QByteArray("xProxy-UseCase-Properties") << QByteArray("[1]");
    QTest::newRow("property not a string") << QByteArray("xProxy-Request-Properties") << QByteArray(R"({"n":1})");
}

// As in the SDK, where int() or json.loads() raises before the provider is called: the call fails,
// nothing is sent and nothing is recorded.
void TestChatClient::unreadableCallHeadersFailBeforeTheProvider()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    m_openAi->replay(QStringLiteral("chat_plain"));
    ChatRequest r = request();
    r.extraHeaders = {{header, value}};
    const Result<ChatResponse> result = run(*m_client, r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("invalid_header"));
    QVERIFY2(result.error().message.contains(QString::fromLatin1(header)), qPrintable(result.error().message));
    QCOMPARE(m_openAi->requests().size(), 0);
    QCOMPARE(m_sink->count(), 0);
}

void TestChatClient::keepsTheContextOfTheCallsStart()
{
    m_openAi->replay(QStringLiteral("chat_plain"), 5);
    std::optional<Result<ChatResponse>> inScope;
    {
        payi::Params params;
        params.useCaseName = QStringLiteral("create_document");
        payi::TrackContext context(params);
        m_client->complete(request(), [&](Result<ChatResponse> r) { inScope.emplace(std::move(r)); });
    }
    // Another scope is open when the answer arrives: the call keeps its own.
    payi::Params other;
    other.useCaseName = QStringLiteral("something_else");
    payi::TrackContext later(other);
    QTRY_VERIFY(inScope.has_value());
    QVERIFY(inScope->ok());
    QCOMPARE((*inScope)->event.attribution.useCaseName, QStringLiteral("create_document"));

    // An explicit context wins over the one in force.
    ChatRequest r = request();
    {
        payi::Params params;
        params.useCaseName = QStringLiteral("explicit");
        payi::TrackContext context(params);
        r.context = context.captured();
    }
    const Result<ChatResponse> explicitContext = run(*m_client, r);
    QCOMPARE(explicitContext->event.attribution.useCaseName, QStringLiteral("explicit"));
}

void TestChatClient::blockLimitRefusesWithoutACall()
{
    m_openAi->replay(QStringLiteral("chat_plain"));
    payi::LimitSpec spec;
    spec.name = QStringLiteral("tiny");
    spec.max = *payi::Money::parse(u"0.000001");
    const Result<payi::Limit> limit = m_instrumentation->limits().create(spec, QDateTime::currentDateTimeUtc());
    QVERIFY(limit.ok());

    ChatRequest r = request();
    r.headers.limitIds = QStringList{limit->id};
    const Result<ChatResponse> result = run(*m_client, r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("limit_blocked"));
    QVERIFY2(result.error().message.contains(limit->id), qPrintable(result.error().message));
    QVERIFY(m_openAi->requests().isEmpty());
    QCOMPARE(m_sink->count(), 1);
    QCOMPARE(m_sink->events().first().blockedLimitIds, QStringList{limit->id});
}

void TestChatClient::capsOutputForAReservation()
{
    m_openAi->replay(QStringLiteral("chat_plain"));
    payi::LimitSpec spec;
    spec.name = QStringLiteral("roomy");
    spec.max = *payi::Money::parse(u"100");
    const Result<payi::Limit> limit = m_instrumentation->limits().create(spec, QDateTime::currentDateTimeUtc());
    ChatRequest r = request();
    r.headers.limitIds = QStringList{limit->id};
    QVERIFY(run(*m_client, r).ok());
    // gpt-5.4 takes max_completion_tokens: OpenAI refuses max_tokens for it.
    QCOMPARE(sentBody(*m_openAi).value(QStringLiteral("max_completion_tokens")).toInteger(),
             m_instrumentation->config().defaultMaxOutputTokens);
    QVERIFY(!sentBody(*m_openAi).contains(QStringLiteral("max_tokens")));

    // A request's own smaller cap stays.
    r.maxTokens = 50;
    QVERIFY(run(*m_client, r).ok());
    QCOMPARE(sentBody(*m_openAi).value(QStringLiteral("max_completion_tokens")).toInteger(), 50);

    // A model that takes max_tokens gets it.
    r.model = QStringLiteral("gpt-4.1");
    QVERIFY(run(*m_client, r).ok());
    QCOMPARE(sentBody(*m_openAi).value(QStringLiteral("max_tokens")).toInteger(), 50);
    QVERIFY(!sentBody(*m_openAi).contains(QStringLiteral("max_completion_tokens")));
}

void TestChatClient::sendsTheCapAsTheModelTakesIt_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<MaxTokensSetting>("setting");
    QTest::addColumn<QString>("callerKey"); // a cap the caller put in extraBody itself, under this name
    QTest::addColumn<QString>("sent");      // the parameter the call carried
    QTest::addColumn<int>("status");        // the simulated model's answer

    const QString mt = QStringLiteral("max_tokens");
    const QString mct = QStringLiteral("max_completion_tokens");
    const QString none;
    const auto Auto = MaxTokensSetting::Auto;
    const auto MaxTokens = MaxTokensSetting::MaxTokens;
    const auto MaxCompletionTokens = MaxTokensSetting::MaxCompletionTokens;
    // gpt-5.4: the price table says max_completion_tokens.
    QTest::newRow("gpt-5.4, auto") << QStringLiteral("gpt-5.4") << Auto << none << mct << 200;
    QTest::newRow("gpt-5.4, max_tokens") << QStringLiteral("gpt-5.4") << MaxTokens << none << mt << 400;
    QTest::newRow("gpt-5.4, max_completion_tokens")
        << QStringLiteral("gpt-5.4") << MaxCompletionTokens << none << mct << 200;
    // gpt-5.4-mini and o3-mini: priced without the property, their names decide.
    QTest::newRow("gpt-5.4-mini, auto") << QStringLiteral("gpt-5.4-mini") << Auto << none << mct << 200;
    QTest::newRow("gpt-5.4-mini, max_tokens") << QStringLiteral("gpt-5.4-mini") << MaxTokens << none << mt << 400;
    QTest::newRow("o3-mini, auto") << QStringLiteral("o3-mini") << Auto << none << mct << 200;
    QTest::newRow("o3-mini, max_tokens") << QStringLiteral("o3-mini") << MaxTokens << none << mt << 400;
    QTest::newRow("o3-mini, max_completion_tokens")
        << QStringLiteral("o3-mini") << MaxCompletionTokens << none << mct << 200;
    // gpt-4.1 takes both, as on OpenAI; by its name, max_tokens.
    QTest::newRow("gpt-4.1, auto") << QStringLiteral("gpt-4.1") << Auto << none << mt << 200;
    QTest::newRow("gpt-4.1, max_completion_tokens")
        << QStringLiteral("gpt-4.1") << MaxCompletionTokens << none << mct << 200;
    // A local model the table marks max_tokens.
    QTest::newRow("llama3.2, auto") << QStringLiteral("llama3.2") << Auto << none << mt << 200;
    // The caller's own choice of parameter stands under auto, not under a setting.
    QTest::newRow("gpt-5.4, the caller's max_tokens, auto") << QStringLiteral("gpt-5.4") << Auto << mt << mt << 400;
    QTest::newRow("gpt-5.4, the caller's max_tokens, max_completion_tokens")
        << QStringLiteral("gpt-5.4") << MaxCompletionTokens << mt << mct << 200;
    QTest::newRow("gpt-4.1, the caller's max_completion_tokens, auto")
        << QStringLiteral("gpt-4.1") << Auto << mct << mct << 200;
}

// Against the simulated model, which refuses max_tokens where OpenAI does (gpt-5.x, the
// o-series): under a block limit, the call carries its cap as the model takes it, and the
// model honours it.
void TestChatClient::sendsTheCapAsTheModelTakesIt()
{
    QFETCH(QString, model);
    QFETCH(MaxTokensSetting, setting);
    QFETCH(QString, callerKey);
    QFETCH(QString, sent);
    QFETCH(int, status);
    if (m_scheme == ReplayServer::Scheme::Https)
        QSKIP("the simulated model serves plain http: the http:// run covers this");

    const base::Result<payi::PriceTable> table = payi::PriceTable::fromJson(R"({"version": "2026-03-01",
        "currency": "usd", "resources": {
        "gpt-5.4": {"category": "system.openai", "max_tokens_parameter": "max_completion_tokens",
                    "units": {"text": {"input": "2.5", "output": "15"}}},
        "gpt-5.4-mini": {"category": "system.openai", "units": {"text": {"input": "0.75", "output": "4.5"}}},
        "o3-mini": {"category": "system.openai", "units": {"text": {"input": "1.1", "output": "4.4"}}},
        "gpt-4.1": {"category": "system.openai", "units": {"text": {"input": "2", "output": "8"}}},
        "llama3.2": {"category": "system.local", "max_tokens_parameter": "max_tokens",
                     "units": {"text": {"input": "0", "output": "0"}}}}})");
    QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
    m_instrumentation->setPrices(std::make_shared<const payi::PriceTable>(*table));
    auto settings = std::make_shared<simulator::SimulatedModelSettings>();
    settings->setBaseLatencyMs(0);
    settings->setPerTokenMs(0);
    simulator::SimulatedModelRoute route(
        std::make_shared<simulator::SimulatedModel>(7, settings, simulator::ModelCatalogue(*m_instrumentation)));
    net::HttpServer server;
    QVERIFY(route.mount(server));
    QVERIFY(!server.listen(QHostAddress::LocalHost, 0));
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/sim/v1").arg(server.serverPort())));
    m_client->setMaxTokensSetting(setting);

    payi::LimitSpec spec;
    spec.name = QStringLiteral("roomy");
    spec.max = *payi::Money::parse(u"100");
    const Result<payi::Limit> limit = m_instrumentation->limits().create(spec, QDateTime::currentDateTimeUtc());
    QVERIFY(limit);
    ChatRequest r = request();
    r.model = model;
    r.headers.limitIds = QStringList{limit->id};
    if (callerKey.isEmpty())
        r.maxTokens = 5;
    else
        r.extraBody.insert(callerKey, 5);

    const Result<ChatResponse> result = run(*m_client, r);
    QCOMPARE(m_sink->count(), 1);
    const payi::CallEvent event = m_sink->events().first();
    const QJsonObject body = QJsonDocument::fromJson(event.providerRequestJson.toUtf8()).object();
    QCOMPARE(body.value(sent).toInteger(), 5);
    QCOMPARE(body.size(), 3); // model, messages and the cap under one name only
    QCOMPARE(event.httpStatusCode, status);
    QCOMPARE(event.attempts, 1); // a 400 is not retried
    if (status == 200) {
        QVERIFY(result.ok());
        QCOMPARE(result->finishReason, QStringLiteral("length")); // the cap held
        QCOMPARE(result->usage.value(QStringLiteral("completion_tokens")).toInt(), 5);
        QVERIFY(!event.failed);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("http_error"));
        QVERIFY2(result.error().message.contains(
                     QStringLiteral("Unsupported parameter: 'max_tokens' is not supported with this model. Use "
                                    "'max_completion_tokens' instead. (type: invalid_request_error, code: "
                                    "unsupported_parameter)")),
                 qPrintable(result.error().message));
        QVERIFY(event.cost.total.isZero());
    }
    QVERIFY(m_instrumentation->limits().find(limit->id)->reserved.isZero());
}

void TestChatClient::retriesAsTheSdksDo_data()
{
    QTest::addColumn<QStringList>("answers"); // the first answers, in order ("refused": nothing listens;
                                              // "mute": none), then `last` for every other request
    QTest::addColumn<QString>("last");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<int>("maxRetries");
    QTest::addColumn<int>("status"); // of the call's event: its last answer
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QList<int>>("waits"); // the least and the most each retry may wait, in ms

    const QString plain = QStringLiteral("chat_plain");
    const QList<int> first{375, 500};   // 0.5 s, less up to a quarter
    const QList<int> second{750, 1000}; // 1 s
    const auto pair = [](const QList<int> &a, const QList<int> &b) { return a + b; };
    const auto exactly = [](int ms) { return QList<int>{ms, ms}; };
    QTest::newRow("429 then 200: retry-after 2")
        << QStringList{QStringLiteral("error_429")} << plain << false << 2 << 200 << 2 << exactly(2000);
    QTest::newRow("429 then 200: retry-after-ms before retry-after")
        << QStringList{QStringLiteral("error_429_retry_after_ms")} << plain << false << 2 << 200 << 2 << exactly(120);
    QTest::newRow("429 then 200: retry-after over 60 s, the backoff")
        << QStringList{QStringLiteral("error_429_retry_after_long")} << plain << false << 2 << 200 << 2 << first;
    QTest::newRow("408 twice then 200") << QStringList{QStringLiteral("error_408"), QStringLiteral("error_408")}
                                        << plain << false << 2 << 200 << 3 << pair(first, second);
    QTest::newRow("409 then 200") << QStringList{QStringLiteral("error_409")} << plain << false << 2 << 200 << 2
                                  << first;
    QTest::newRow("500 then 200") << QStringList{QStringLiteral("error_500")} << plain << false << 2 << 200 << 2
                                  << first;
    QTest::newRow("502 (html) then 200") << QStringList{QStringLiteral("error_502_html")} << plain << false << 2 << 200
                                         << 2 << first;
    QTest::newRow("503 then 200: retry-after-ms 250")
        << QStringList{QStringLiteral("error_503_retry_after_ms")} << plain << false << 2 << 200 << 2 << exactly(250);
    QTest::newRow("connection refused then 200")
        << QStringList{QStringLiteral("refused")} << plain << false << 2 << 200 << 2 << first;
    QTest::newRow("time-out then 200") << QStringList{QStringLiteral("mute")} << plain << false << 2 << 200 << 2
                                       << first;
    QTest::newRow("429 on a stream, then the stream")
        << QStringList{QStringLiteral("error_429")} << QStringLiteral("chat_stream_usage") << true << 2 << 200 << 2
        << exactly(2000);
    QTest::newRow("400 not retried") << QStringList() << QStringLiteral("error_400_unsupported_parameter") << false << 2
                                     << 400 << 1 << QList<int>();
    QTest::newRow("401 not retried") << QStringList() << QStringLiteral("error_401") << false << 2 << 401 << 1
                                     << QList<int>();
    QTest::newRow("500 with x-should-retry false")
        << QStringList() << QStringLiteral("error_500_should_not_retry") << false << 2 << 500 << 1 << QList<int>();
    QTest::newRow("400 with x-should-retry true, then 200")
        << QStringList{QStringLiteral("error_400_should_retry")} << plain << false << 2 << 200 << 2 << first;
    QTest::newRow("a malformed body is not retried")
        << QStringList() << QStringLiteral("malformed") << false << 2 << 200 << 1 << QList<int>();
    QTest::newRow("a cut stream is not retried")
        << QStringList() << QStringLiteral("stream_cut") << true << 2 << 200 << 1 << QList<int>();
    QTest::newRow("retries exhausted") << QStringList() << QStringLiteral("error_429") << false << 2 << 429 << 3
                                       << pair(exactly(2000), exactly(2000));
    QTest::newRow("retries exhausted: backoff")
        << QStringList() << QStringLiteral("error_500") << false << 2 << 500 << 3 << pair(first, second);
    QTest::newRow("no retries") << QStringList() << QStringLiteral("error_429") << false << 0 << 429 << 1
                                << QList<int>();
    QTest::newRow("four retries: 0.5, 1, 2, 4 s")
        << QStringList(4, QStringLiteral("error_500")) << plain << false << 4 << 200 << 5
        << pair(pair(first, second), QList<int>{1500, 2000, 3000, 4000});
}

// All the attempts of one call: one event with their count, billed once; the waits the
// answers ask for or the backoff, asked of the injected timer.
void TestChatClient::retriesAsTheSdksDo()
{
    QFETCH(QStringList, answers);
    QFETCH(QString, last);
    QFETCH(bool, stream);
    QFETCH(int, maxRetries);
    QFETCH(int, status);
    QFETCH(int, attempts);
    QFETCH(QList<int>, waits);

    const QUrl live = m_client->baseUrl();
    const bool refuseFirst = answers.value(0) == QLatin1String("refused");
    if (refuseFirst) {
        answers.removeFirst();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        m_client->setBaseUrl(QUrl(QStringLiteral("%1://127.0.0.1:%2/v1").arg(live.scheme()).arg(closedPort)));
    }
    m_client->setTimeoutMs(500);
    m_client->setMaxRetries(maxRetries);
    m_client->setRetryTimer([&](int delayMs) {
        m_delays.append(delayMs);
        m_client->setBaseUrl(live); // a refused first attempt: the server is back for the next
        return 0;
    });
    m_openAi->replay([answers, last, n = 0](const ReplayServer::Request &) mutable {
        const QString answer = n < answers.size() ? answers.at(n) : last;
        ++n;
        return answer == QLatin1String("mute") ? QString() : answer;
    });

    QList<ChatDelta> deltas;
    const Result<ChatResponse> result = run(*m_client, request(stream), &deltas);
    QCOMPARE(result.ok(), status == 200 && !last.startsWith(QLatin1String("malformed"))
                              && !last.startsWith(QLatin1String("stream_cut")));
    QCOMPARE(m_sink->count(), 1); // one event for every attempt
    const payi::CallEvent event = m_sink->events().first();
    QCOMPARE(event.attempts, attempts);
    QCOMPARE(event.httpStatusCode, status);
    QCOMPARE(event.toJson().value(QStringLiteral("attempts")).toInt(), attempts);
    // Each attempt sent the same request; a refused one reached nobody.
    QCOMPARE(m_openAi->requests().size(), attempts - (refuseFirst ? 1 : 0));
    for (const ReplayServer::Request &sent : m_openAi->requests())
        QCOMPARE(sent.body, m_openAi->requests().first().body);
    QCOMPARE(m_delays.size(), attempts - 1);
    for (qsizetype i = 0; i < m_delays.size(); ++i) {
        QVERIFY2(m_delays[i] >= waits[2 * i] && m_delays[i] <= waits[2 * i + 1],
                 qPrintable(QStringLiteral("retry %1 waited %2 ms").arg(i + 1).arg(m_delays[i])));
    }
    if (result.ok()) {
        QCOMPARE(result->attempts, attempts);
        QCOMPARE(result->event.eventId, event.eventId);
        QVERIFY(!event.failed);
        // Billed once: the cost of the one answer's units.
        const base::Result<payi::Cost> once = m_instrumentation->prices()->cost(event.resource, event.units, nullptr);
        QCOMPARE(event.cost, *once);
        QVERIFY(!event.cost.total.isZero());
        if (stream)
            QCOMPARE(deltas.size(), 7); // the stream once, nothing of the refused attempt
    } else {
        QVERIFY(event.failed);
        if (status != 200)
            QVERIFY(event.cost.total.isZero());
    }
    QCOMPARE(m_client->callsInFlight(), 0);
}

// The worst case reserved against a block limit stays reserved while the call waits to be
// sent again, and is settled once, with the cost of the answer.
void TestChatClient::holdsTheReservationAcrossRetries()
{
    payi::LimitSpec spec;
    spec.name = QStringLiteral("held");
    spec.max = *payi::Money::parse(u"1");
    const Result<payi::Limit> limit = m_instrumentation->limits().create(spec, QDateTime::currentDateTimeUtc());
    QVERIFY(limit);
    QList<payi::Money> reservedInWaits;
    m_client->setRetryTimer([&](int) {
        reservedInWaits.append(m_instrumentation->limits().find(limit->id)->reserved);
        return 0;
    });
    m_openAi->replay([n = 0](const ReplayServer::Request &) mutable {
        return ++n == 1 ? QStringLiteral("error_429_retry_after_ms")
               : n == 2 ? QStringLiteral("error_500")
                        : QStringLiteral("chat_plain");
    });
    ChatRequest r = request();
    r.headers.limitIds = QStringList{limit->id};
    const Result<ChatResponse> result = run(*m_client, r);
    QVERIFY(result.ok());
    QCOMPARE(result->attempts, 3);
    QCOMPARE(reservedInWaits.size(), 2);
    for (const payi::Money &reserved : std::as_const(reservedInWaits))
        QVERIFY(!reserved.isZero());
    // Every attempt carried the reservation's cap, as the model takes it.
    QCOMPARE(m_openAi->requests().size(), 3);
    for (const ReplayServer::Request &sent : m_openAi->requests()) {
        const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
        QCOMPARE(body.value(QStringLiteral("max_completion_tokens")).toInteger(),
                 m_instrumentation->config().defaultMaxOutputTokens);
    }
    const payi::Limit settled = *m_instrumentation->limits().find(limit->id);
    QVERIFY(settled.reserved.isZero());
    QCOMPARE(settled.calls, 1);
    QCOMPARE(settled.spent, result->event.cost.total);
    QCOMPARE(m_sink->count(), 1);
}

// A client deleted while a call waits for its retry takes the call with it: recorded once,
// as abandoned, and never answered.
void TestChatClient::clientGoneWhileARetryWaits()
{
    m_client->setRetryTimer([this](int delayMs) {
        m_delays.append(delayMs);
        return 60'000;
    });
    m_openAi->replay(QStringLiteral("error_500"));
    bool answered = false;
    m_client->complete(request(), [&](Result<ChatResponse>) { answered = true; });
    QTRY_COMPARE(m_delays.size(), 1); // the answer read, the retry waiting
    QCOMPARE(m_sink->count(), 0);
    QCOMPARE(m_client->callsInFlight(), 1);
    m_client.reset();
    QCOMPARE(m_sink->count(), 1);
    QCOMPARE(m_sink->events().first().failureKind, QStringLiteral("abandoned"));
    QVERIFY(!answered);
    QCOMPARE(m_openAi->requests().size(), 1);
}

void TestChatClient::completesFromAnotherThread()
{
    m_openAi->replay(QStringLiteral("chat_plain"));
    std::optional<Result<ChatResponse>> result;
    QThread *callbackThread = nullptr;
    QThread *caller = QThread::create([&] {
        payi::Params params;
        params.useCaseName = QStringLiteral("worker");
        payi::TrackContext context(params);
        m_client->complete(request(), [&](Result<ChatResponse> r) {
            callbackThread = QThread::currentThread();
            result.emplace(std::move(r));
        });
    });
    caller->start();
    QTRY_VERIFY(result.has_value());
    caller->wait();
    delete caller;
    QVERIFY(result->ok());
    QCOMPARE(callbackThread, m_client->thread());
    QCOMPARE((*result)->event.attribution.useCaseName, QStringLiteral("worker"));
}

void TestChatClient::manyConcurrentCallsAreEachRecordedOnce()
{
    const int calls = 60;
    int ok = 0;
    int failed = 0;
    m_openAi->replay(
        [](const ReplayServer::Request &r) {
            return r.body.contains("cut") ? QStringLiteral("stream_cut") : QStringLiteral("chat_stream_usage");
        },
        64);
    for (int i = 0; i < calls; ++i) {
        ChatRequest r = request(true);
        r.messages.last().content = i % 3 == 0 ? QStringLiteral("cut") : QStringLiteral("whole");
        m_client->complete(r, [&](Result<ChatResponse> result) {
            if (!result.ok())
                qWarning("%s: %s", qPrintable(result.error().code), qPrintable(result.error().message));
            (result.ok() ? ok : failed) += 1;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(ok + failed, calls, 20000);
    QCOMPARE(failed, calls / 3);
    QCOMPARE(m_sink->count(), calls);
    QCOMPARE(m_client->callsInFlight(), 0);
    // Plain http:// goes through the client's own transport, not a pool of managers.
    QCOMPARE(m_client->managerCount() > 0, m_scheme == ReplayServer::Scheme::Https);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(ReplayServer::certificate());
    QSslConfiguration::setDefaultConfiguration(trusting);
    TestChatClient overHttp(ReplayServer::Scheme::Http);
    TestChatClient overHttps(ReplayServer::Scheme::Https);
    const int httpFailures = QTest::qExec(&overHttp, argc, argv);
    return httpFailures + QTest::qExec(&overHttps, argc, argv);
}
#include "tst_chatclient.moc"
