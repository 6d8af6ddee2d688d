#include "support/RecordingSink.h"
#include "support/ReplayServer.h"

#include "payi/Instrumentation.h"
#include "payi/TrackContext.h"
#include "providers/ChatClient.h"

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
};

namespace {

const QString ApiKey = QStringLiteral("sk-test-secret-0123456789");

std::shared_ptr<const payi::PriceTable> prices()
{
    const auto table = payi::PriceTable::fromJson(R"({"version": "2026-03-01", "currency": "usd",
        "resources": {"gpt-5.4": {"category": "system.openai", "source": "test", "date": "2026-03-01",
        "units": {"text": {"input": "1.25", "output": "10.00"}, "text_cache_read": {"input": "0.125"}}}}})");
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

void TestChatClient::recordsFailuresOnce_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::addColumn<qint64>("outputTokens");

    QTest::newRow("429") << QStringLiteral("error_429") << false << QStringLiteral("http_error") << 429
                         << QStringLiteral("Rate limit reached for gpt-5.4") << qint64(0);
    QTest::newRow("429 on a stream") << QStringLiteral("error_429") << true << QStringLiteral("http_error") << 429
                                     << QStringLiteral("code: rate_limit_exceeded") << qint64(0);
    QTest::newRow("500") << QStringLiteral("error_500") << false << QStringLiteral("http_error") << 500
                         << QStringLiteral("type: server_error") << qint64(0);
    QTest::newRow("502 html") << QStringLiteral("error_502_html") << false << QStringLiteral("http_error") << 502
                              << QStringLiteral("502 Bad Gateway") << qint64(0);
    QTest::newRow("malformed json") << QStringLiteral("malformed") << false << QStringLiteral("malformed_response")
                                    << 200 << QStringLiteral("not a chat completion") << qint64(0);
    QTest::newRow("cut stream") << QStringLiteral("stream_cut") << true << QStringLiteral("stream_cut") << 200
                                << QStringLiteral("after 3 content chunks") << qint64(3);
}

void TestChatClient::recordsFailuresOnce()
{
    QFETCH(QString, fixture);
    QFETCH(bool, stream);
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(QString, says);
    QFETCH(qint64, outputTokens);

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
    QCOMPARE(m_openAi->requests().size(), 1);
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
    QCOMPARE(sentBody(*m_openAi).value(QStringLiteral("max_tokens")).toInteger(),
             m_instrumentation->config().defaultMaxOutputTokens);

    // A request's own smaller max_tokens stays.
    r.maxTokens = 50;
    QVERIFY(run(*m_client, r).ok());
    QCOMPARE(sentBody(*m_openAi).value(QStringLiteral("max_tokens")).toInteger(), 50);
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
