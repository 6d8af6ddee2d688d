// Pay-i's OpenAI proxy route, POST /api/v1/proxy/openai/v1/chat/completions, through real HTTP on
// loopback with the backend as the program wires it: calls forwarded to the simulated model,
// streamed and not, recorded with the attribution of their xProxy-* headers and the cost their
// xproxy_result gives; calls a block limit refuses (never forwarded); provider failures; and bad
// input, answered with xproxy_error and nothing stored.
#include "RunningBackend.h"
#include "support/ReplayServer.h"

#include "ledger/Ledger.h"
#include "payi/PriceTable.h"
#include "providers/UsageMapping.h"
#include "simulator/Draw.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ProxyPath = u"/api/v1/proxy/openai/v1/chat/completions"_s;
// A model of the price table without reasoning: twelve tokens are twelve tokens of text.
const QString Model = u"gpt-4.1"_s;

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// A chat completions request, with fields added or replaced.
QByteArray chat(const QJsonObject &changes = {})
{
    QJsonObject body{
        {u"model"_s, Model},
        {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"a lighthouse"_s}}}},
        {u"max_tokens"_s, 12}};
    for (auto it = changes.begin(); it != changes.end(); ++it)
        body.insert(it.key(), it.value());
    return compact(body);
}

// The xProxy-* headers of the Pay-i SDK in proxy mode: properties as base64 of compact JSON.
HttpProbe::Headers sdkHeaders(const QByteArray &useCase = "proxied")
{
    return {{"Authorization", "Bearer sk-client-key-1234"},
            {"xProxy-api-key", "any"},
            {"xProxy-UseCase-Name", useCase},
            {"xProxy-UseCase-ID", useCase + "-inst-1"},
            {"xProxy-UseCase-Version", "2"},
            {"xProxy-UseCase-Step", "draft"},
            {"xProxy-User-ID", "alice"},
            {"xProxy-Account-Name", "acme"},
            {"xProxy-Request-Properties", QByteArray(R"({"env":"qa"})").toBase64()},
            {"xProxy-UseCase-Properties", QByteArray(R"({"team":"docs"})").toBase64()},
            {"User-Agent", "OpenAI/Python 2.34.0"}};
}

QString xproxyCodeOf(const HttpProbe::Reply &reply)
{
    return reply.json().value(u"xproxy_error"_s).toObject().value(u"code"_s).toString();
}

// The data of each event of an SSE body, in order.
QList<QByteArray> sseData(const QByteArray &body)
{
    QList<QByteArray> data;
    for (const QByteArray &block : body.split('\n')) {
        if (block.startsWith("data: "))
            data.append(block.mid(6));
    }
    return data;
}

// The simulated model's completion id for its n-th call (SimulatedModel::plan, seed 42): a
// proxied call's id tells how many calls the model has had before it.
QString simulatedId(quint64 sequence)
{
    return u"chatcmpl-sim%1"_s.arg(simulator::mix(42 ^ simulator::mix(sequence)), 16, 16, QLatin1Char('0'));
}

std::optional<quint64> sequenceOf(const QString &id)
{
    for (quint64 n = 0; n < 100'000; ++n) {
        if (simulatedId(n) == id)
            return n;
    }
    return std::nullopt;
}

double usd(payi::Money money)
{
    return money.toString().toDouble();
}

// A stream read as it arrives: when each byte came, and the whole (chunked) answer.
struct TimedStream
{
    int status = 0;
    QByteArray raw;
    qint64 firstContentMs = -1; // when the first content delta had arrived
    qint64 doneMs = -1;         // when [DONE] had arrived
};

// Whether a whole event line of `raw` brings a content delta (the role chunk brings "").
bool hasContent(const QByteArray &raw)
{
    const QList<QByteArray> lines = raw.left(raw.lastIndexOf('\n') + 1).split('\n');
    return std::any_of(lines.begin(), lines.end(), [](const QByteArray &line) {
        return line.startsWith("data: {")
               && !object(line.mid(6))[u"choices"_s][0][u"delta"_s][u"content"_s].toString().isEmpty();
    });
}

TimedStream readStream(const QUrl &base, const QByteArray &body, const HttpProbe::Headers &headers)
{
    TimedStream result;
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return result;
    QElapsedTimer clock;
    clock.start();
    socket.write(HttpProbe::request("POST", ProxyPath, body, headers));
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 20'000) {
        if (!socket.waitForReadyRead(1000) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        result.raw += socket.readAll();
        if (result.firstContentMs < 0 && hasContent(result.raw))
            result.firstContentMs = clock.elapsed();
        if (result.doneMs < 0 && result.raw.contains("data: [DONE]"))
            result.doneMs = clock.elapsed();
    }
    result.raw += socket.readAll();
    result.status = result.raw.mid(9, 3).toInt();
    return result;
}

} // namespace

class TestProxyApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void forwarded_data();
    void forwarded();
    void streamPassesThroughAsItArrives();
    void clientGoneEndsTheCall();
    void limits_data();
    void limits();
    void unknownLimitIdsAreNotForwarded_data();
    void unknownLimitIdsAreNotForwarded();
    void providerFailure_data();
    void providerFailure();
    void connectionRefused();
    void otherProvider_data();
    void otherProvider();
    void badInputStoresNothing_data();
    void badInputStoresNothing();
    void token_data();
    void token();

private:
    HttpProbe::Reply proxy(const QByteArray &body, const HttpProbe::Headers &headers)
    {
        return m_running->call("POST", ProxyPath, body, headers);
    }
    // What the ledger holds once everything submitted is committed.
    QList<payi::CallEvent> stored();
    qint64 storedCount() { return stored().size(); }
    void simulate(const QByteArray &settings)
    {
        QCOMPARE(m_running->call("PUT", u"/sim/settings"_s, settings).status, 200);
    }
    QString createLimit(const QByteArray &spec)
    {
        const HttpProbe::Reply reply = m_running->call("POST", u"/limits"_s, spec);
        return reply.status == 201 ? reply.json()[u"limit_id"_s].toString() : QString();
    }

    QTemporaryDir m_dir;
    // One backend for most tests: each compares what the ledger holds before and after.
    std::unique_ptr<RunningBackend> m_running;
    // A block limit of m_running, made by the first test that needs one.
    QString m_knownLimit;
};

void TestProxyApi::initTestCase()
{
    m_running = RunningBackend::start(m_dir.filePath(u"shared"_s));
    QVERIFY(m_running);
}

void TestProxyApi::cleanupTestCase()
{
    m_running.reset();
}

QList<payi::CallEvent> TestProxyApi::stored()
{
    ledger::Ledger &ledger = m_running->backend->ledger();
    ledger.flush();
    QList<payi::CallEvent> events;
    const base::Result<QList<ledger::StoredEvent>> page = ledger.eventsAfter(0, 1000);
    for (const ledger::StoredEvent &event : page.value())
        events.append(event.event);
    return events;
}

void TestProxyApi::forwarded_data()
{
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QJsonValue>("includeUsage"); // stream_options.include_usage; undefined: not sent

    QTest::newRow("not streamed") << false << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("streamed, usage asked") << true << QJsonValue(true);
    QTest::newRow("streamed, usage not asked") << true << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("streamed, usage refused") << true << QJsonValue(false);
}

void TestProxyApi::forwarded()
{
    QFETCH(bool, stream);
    QFETCH(QJsonValue, includeUsage);

    QJsonObject changes;
    if (stream)
        changes.insert(u"stream"_s, true);
    if (!includeUsage.isUndefined())
        changes.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, includeUsage}});
    const QByteArray body = chat(changes);
    const QString useCase =
        u"forwarded-"_s + QString::fromLatin1(QTest::currentDataTag()).remove(u',').replace(u' ', u'-');
    const qint64 before = storedCount();
    const HttpProbe::Reply reply = proxy(body, sdkHeaders(useCase.toUtf8()));
    QCOMPARE(reply.status, 200);

    // The provider's answer, with xproxy_result where Pay-i puts it.
    QJsonObject result;
    QJsonObject usage;
    QString responseId;
    QString content;
    if (!stream) {
        QVERIFY(reply.headers.toLower().contains("content-type: application/json"));
        const QJsonObject answer = reply.json();
        QCOMPARE(answer[u"object"_s].toString(), u"chat.completion"_s);
        usage = answer[u"usage"_s].toObject();
        responseId = answer[u"id"_s].toString();
        content = answer[u"choices"_s][0][u"message"_s][u"content"_s].toString();
        result = answer[u"xproxy_result"_s].toObject();
    } else {
        QVERIFY(reply.headers.toLower().contains("content-type: text/event-stream"));
        const QList<QByteArray> data = sseData(reply.body);
        QVERIFY(data.size() > 3);
        QCOMPARE(data.last(), QByteArray("[DONE]"));
        // xproxy_result on the last chunk only, as in the SDK's instrumented mode.
        for (qsizetype i = 0; i + 1 < data.size(); ++i) {
            const QJsonObject chunk = object(data[i]);
            QCOMPARE(chunk[u"object"_s].toString(), u"chat.completion.chunk"_s);
            QCOMPARE(chunk.contains(u"xproxy_result"_s), i + 2 == data.size());
            responseId = chunk[u"id"_s].toString();
            content += chunk[u"choices"_s][0][u"delta"_s][u"content"_s].toString();
            if (chunk[u"usage"_s].isObject())
                usage = chunk[u"usage"_s].toObject();
        }
        const QJsonObject last = object(data[data.size() - 2]);
        result = last[u"xproxy_result"_s].toObject();
        if (includeUsage.toBool()) {
            // The client asked for the usage chunk: it is the last, with the result.
            QCOMPARE(last[u"choices"_s].toArray(), QJsonArray());
            QVERIFY(last[u"usage"_s].isObject());
        } else {
            // Costbench asked for it and kept it: the result is on the finish chunk.
            QVERIFY(usage.isEmpty());
            QVERIFY(last[u"choices"_s][0][u"finish_reason"_s].isString());
        }
    }
    QVERIFY(responseId.startsWith(u"chatcmpl-sim"_s));
    QVERIFY(!content.isEmpty());

    // One event, attributed as the headers say, priced here.
    const QList<payi::CallEvent> events = stored();
    QCOMPARE(events.size(), before + 1);
    const payi::CallEvent &e = events.last();
    QCOMPARE(e.resource, Model);
    QCOMPARE(e.category, u"system.openai"_s);
    QCOMPARE(e.httpStatusCode, 200);
    QVERIFY(!e.failed);
    QCOMPARE(e.streaming, stream);
    QCOMPARE(e.timeToFirstTokenMs.has_value(), stream);
    QCOMPARE(e.providerResponseId, responseId);
    QVERIFY(e.providerUri.endsWith(u"/sim/v1/chat/completions"_s));
    QCOMPARE(e.providerRequestJson, QString::fromUtf8(body)); // what the app sent
    // Its source: the SDK sends no module name in proxy mode, so the User-Agent names it, and
    // the key ("any") only as the first digits of its SHA-256.
    QCOMPARE(e.source, u"OpenAI/Python 2.34.0 · key d6a7cd"_s);
    QVERIFY(std::none_of(e.sourceHeaders.cbegin(), e.sourceHeaders.cend(),
                         [](const auto &header) { return header.second.contains(u"any"_s); }));
    const payi::Attribution &a = e.attribution;
    QCOMPARE(a.useCaseName, useCase);
    QCOMPARE(a.useCaseId, useCase + u"-inst-1"_s);
    QCOMPARE(a.useCaseVersion.value_or(-1), 2);
    QCOMPARE(a.useCaseStep, u"draft"_s);
    QCOMPARE(a.userId, u"alice"_s);
    QCOMPARE(a.accountName, u"acme"_s);
    QCOMPARE(a.requestProperties, (payi::Properties{{u"env"_s, u"qa"_s}}));
    QCOMPARE(a.useCaseProperties, (payi::Properties{{u"team"_s, u"docs"_s}}));
    for (const payi::Field field : {payi::Field::UseCaseName, payi::Field::UseCaseId, payi::Field::UserId,
                                    payi::Field::AccountName, payi::Field::RequestProperties})
        QCOMPARE(a.origin(field), payi::Origin::CallHeader);
    // The key is nowhere in what is stored.
    QVERIFY(!QJsonDocument(e.toJson()).toJson().contains("sk-client-key-1234"));

    // The usage the provider gave (the stream's usage chunk, asked by Costbench when the
    // client did not), as units, and the cost in the answer is the ledger's, to the pico-dollar.
    QVERIFY(e.rawUsage.value(u"completion_tokens"_s).toInt() > 0);
    if (!usage.isEmpty())
        QCOMPARE(e.rawUsage, usage);
    QCOMPARE(e.units, providers::unitsFromOpenAiUsage(e.rawUsage));
    const base::Result<payi::Cost> expected = m_running->instrumentation->prices()->cost(Model, e.units, nullptr);
    QVERIFY(expected);
    QCOMPARE(e.cost.total, expected->total);
    QVERIFY(e.cost.total > payi::Money());
    const QJsonObject cost = result[u"cost"_s].toObject();
    QCOMPARE(cost[u"currency"_s].toString(), u"usd"_s);
    QCOMPARE(cost[u"input"_s][u"base"_s].toDouble(), usd(e.cost.input));
    QCOMPARE(cost[u"output"_s][u"base"_s].toDouble(), usd(e.cost.output));
    QCOMPARE(cost[u"total"_s][u"base"_s].toDouble(), usd(e.cost.total));
    QCOMPARE(result[u"request_id"_s].toString(), e.requestId);
    QCOMPARE(result[u"use_case_name"_s].toString(), useCase);
    QCOMPARE(result[u"use_case_id"_s].toString(), useCase + u"-inst-1"_s);
    QCOMPARE(result[u"user_id"_s].toString(), u"alice"_s);
    QCOMPARE(result[u"account_name"_s].toString(), u"acme"_s);
    QCOMPARE(result[u"blocked_limit_ids"_s].toArray(), QJsonArray());
}

void TestProxyApi::streamPassesThroughAsItArrives()
{
    // 25 ms a token: the twelve tokens of a stream take 300 ms to come, and the client sees
    // the first long before the last.
    simulate(R"({"base_latency_ms": 20, "per_token_ms": 25})");
    const TimedStream stream = readStream(
        m_running->backend->url(),
        chat({{u"stream"_s, true}, {u"stream_options"_s, object(R"({"include_usage": true})")}}), sdkHeaders("timed"));
    simulate(R"({"base_latency_ms": 20, "per_token_ms": 1})");
    QCOMPARE(stream.status, 200);
    QVERIFY(stream.firstContentMs >= 0);
    QVERIFY(stream.doneMs >= 0);
    QVERIFY2(stream.doneMs - stream.firstContentMs >= 200,
             qPrintable(u"first content at %1 ms, [DONE] at %2 ms"_s.arg(stream.firstContentMs).arg(stream.doneMs)));
    // The recorded time to the first token is the provider's, about its base latency.
    const payi::CallEvent e = stored().last();
    QVERIFY(e.timeToFirstTokenMs.has_value());
    QVERIFY(*e.timeToFirstTokenMs < e.endToEndLatencyMs - 200);
}

void TestProxyApi::clientGoneEndsTheCall()
{
    // A stream of 40 tokens at 25 ms each, left after its first content: the call is recorded
    // as abandoned, with what it had consumed; had the proxy not noticed, the provider's end
    // would have recorded a success.
    simulate(R"({"base_latency_ms": 20, "per_token_ms": 25})");
    const qint64 before = storedCount();
    QTcpSocket socket;
    const QUrl base = m_running->backend->url();
    socket.connectToHost(base.host(), quint16(base.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(HttpProbe::request("POST", ProxyPath, chat({{u"stream"_s, true}, {u"max_tokens"_s, 40}}),
                                    sdkHeaders("abandoning")));
    QByteArray raw;
    QElapsedTimer clock;
    clock.start();
    while (!hasContent(raw) && clock.elapsed() < 5000) {
        socket.waitForReadyRead(100);
        raw += socket.readAll();
    }
    QVERIFY(hasContent(raw));
    socket.abort();
    QTRY_COMPARE_WITH_TIMEOUT(storedCount(), before + 1, 5000);
    simulate(R"({"base_latency_ms": 20, "per_token_ms": 1})");
    const payi::CallEvent e = stored().last();
    QCOMPARE(e.attribution.useCaseName, u"abandoning"_s);
    QVERIFY(e.failed);
    QCOMPARE(e.failureKind, u"abandoned"_s);
    QVERIFY(e.units.value(u"text"_s).output > 0);
}

void TestProxyApi::limits_data()
{
    QTest::addColumn<QByteArray>("limit"); // POST /limits body
    QTest::addColumn<bool>("stream");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QString>("state"); // the limit's state in xproxy_result

    // The worst case of this request: about 200 prompt tokens (its bytes) and 12 output
    // tokens, far under 0.001 USD.
    QTest::newRow("block limit with room")
        << QByteArray(R"({"limit_name": "roomy", "max": "10", "limit_type": "block"})") << false << false << u"ok"_s;
    QTest::newRow("block limit without room")
        << QByteArray(R"({"limit_name": "tight", "max": "0.000001", "limit_type": "block"})") << false << true
        << u"blocked"_s;
    QTest::newRow("block limit without room, stream")
        << QByteArray(R"({"limit_name": "tight-stream", "max": "0.000001", "limit_type": "block"})") << true << true
        << u"blocked"_s;
    QTest::newRow("allow limit passed") << QByteArray(
        R"({"limit_name": "loose", "max": "0.000001", "limit_type": "allow"})")
                                        << false << false << u"overrun"_s;
}

void TestProxyApi::limits()
{
    QFETCH(QByteArray, limit);
    QFETCH(bool, stream);
    QFETCH(bool, blocked);
    QFETCH(QString, state);

    const QString limitId = createLimit(limit);
    QVERIFY(!limitId.isEmpty());
    HttpProbe::Headers headers = sdkHeaders("limited");
    headers.append({"xProxy-Limit-IDs", limitId.toUtf8()});
    const QByteArray body = stream ? chat({{u"stream"_s, true}}) : chat();

    // The model's calls are counted by its ids: one call before, one after.
    const HttpProbe::Reply before = proxy(chat(), sdkHeaders("counting"));
    QCOMPARE(before.status, 200);
    const std::optional<quint64> sequence = sequenceOf(before.json()[u"id"_s].toString());
    QVERIFY(sequence);
    const qint64 eventsBefore = storedCount();

    const HttpProbe::Reply reply = proxy(body, headers);
    QJsonObject result;
    if (blocked) {
        // As Pay-i answers it: 400, xproxy_error limit_reached, the result naming the limit.
        QCOMPARE(reply.status, 400);
        QCOMPARE(xproxyCodeOf(reply), u"limit_reached"_s);
        QCOMPARE(reply.json()[u"statusCode"_s].toInt(), 400);
        result = reply.json()[u"xproxy_result"_s].toObject();
        QCOMPARE(result[u"blocked_limit_ids"_s].toArray(), QJsonArray{limitId});
        QCOMPARE(result[u"cost"_s][u"total"_s][u"base"_s].toDouble(), 0.0);
    } else {
        QCOMPARE(reply.status, 200);
        result = stream
                     ? object(sseData(reply.body).value(sseData(reply.body).size() - 2))[u"xproxy_result"_s].toObject()
                     : reply.json()[u"xproxy_result"_s].toObject();
        QCOMPARE(result[u"blocked_limit_ids"_s].toArray(), QJsonArray());
    }
    QCOMPARE(result[u"limits"_s].toObject(), (QJsonObject{{limitId, QJsonObject{{u"state"_s, state}}}}));
    QCOMPARE(result[u"use_case_name"_s].toString(), u"limited"_s);

    // One event either way; a blocked one is a failed call that cost nothing.
    const QList<payi::CallEvent> events = stored();
    QCOMPARE(events.size(), eventsBefore + 1);
    const payi::CallEvent &e = events.last();
    QCOMPARE(e.attribution.limitIds, QStringList{limitId});
    QCOMPARE(e.failed, blocked);
    QCOMPARE(e.failureKind, blocked ? u"limit_blocked"_s : QString());
    QCOMPARE(e.blockedLimitIds, blocked ? QStringList{limitId} : QStringList());
    QCOMPARE(result[u"request_id"_s].toString(), e.requestId);

    // The call after: the model's next id if nothing was forwarded, the one after it if it was.
    const HttpProbe::Reply after = proxy(chat(), sdkHeaders("counting"));
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json()[u"id"_s].toString(), simulatedId(*sequence + (blocked ? 1 : 2)));
}

void TestProxyApi::unknownLimitIdsAreNotForwarded_data()
{
    QTest::addColumn<QByteArray>("limitIds"); // xProxy-Limit-IDs; {known} is a block limit that exists
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QStringList>("unknown"); // the ids the error must name; none: forwarded

    QTest::newRow("unknown alone") << QByteArray("no-such-limit") << false << QStringList{u"no-such-limit"_s};
    QTest::newRow("unknown alone, stream") << QByteArray("no-such-limit") << true << QStringList{u"no-such-limit"_s};
    QTest::newRow("unknown among known") << QByteArray("{known},no-such-limit") << false
                                         << QStringList{u"no-such-limit"_s};
    QTest::newRow("two unknown") << QByteArray("gone-1, {known}, gone-2") << false
                                 << QStringList{u"gone-1"_s, u"gone-2"_s};
    QTest::newRow("unknown between empty items")
        << QByteArray(",, no-such-limit ,") << false << QStringList{u"no-such-limit"_s};
    QTest::newRow("known between empty items") << QByteArray(" ,{known},, ") << false << QStringList();
}

void TestProxyApi::unknownLimitIdsAreNotForwarded()
{
    QFETCH(QByteArray, limitIds);
    QFETCH(bool, stream);
    QFETCH(QStringList, unknown);

    if (m_knownLimit.isEmpty())
        m_knownLimit = createLimit(R"({"limit_name": "known-to-proxy", "max": "100", "limit_type": "block"})");
    QVERIFY(!m_knownLimit.isEmpty());
    HttpProbe::Headers headers = sdkHeaders(unknown.isEmpty() ? "known-limits" : "unknown-limits");
    headers.append({"xProxy-Limit-IDs", limitIds.replace("{known}", m_knownLimit.toUtf8())});
    const QString limitPath = u"/limits/"_s + m_knownLimit;
    const HttpProbe::Reply counting = proxy(chat(), sdkHeaders("counting"));
    const std::optional<quint64> sequence = sequenceOf(counting.json()[u"id"_s].toString());
    QVERIFY(sequence);
    const qint64 before = storedCount();
    const QJsonObject limitBefore = m_running->call("GET", limitPath).json();
    const QJsonArray eventsBefore =
        m_running->call("GET", u"/events?after=0&limit=1000"_s).json()[u"events"_s].toArray();

    const HttpProbe::Reply reply = proxy(stream ? chat({{u"stream"_s, true}}) : chat(), headers);
    if (unknown.isEmpty()) {
        // Empty items are skipped: the call goes, counted against the known limit.
        QCOMPARE(reply.status, 200);
        QCOMPARE(storedCount(), before + 1);
        QCOMPARE(stored().last().attribution.limitIds, QStringList{m_knownLimit});
        QVERIFY(m_running->call("GET", limitPath).json() != limitBefore);
        QCOMPARE(proxy(chat(), sdkHeaders("counting")).json()[u"id"_s].toString(), simulatedId(*sequence + 2));
        return;
    }
    // Pay-i's code for ids that name no limit, before anything is sent or reserved.
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[u"statusCode"_s].toInt(), 400);
    QCOMPARE(xproxyCodeOf(reply), u"invalid_limit_ids"_s);
    const QString message = reply.json()[u"xproxy_error"_s][u"message"_s].toString();
    for (const QString &id : unknown)
        QVERIFY2(message.contains(id), qPrintable(message));
    QVERIFY2(!message.contains(m_knownLimit), qPrintable(message));
    QCOMPARE(storedCount(), before);
    QCOMPARE(m_running->call("GET", u"/events?after=0&limit=1000"_s).json()[u"events"_s].toArray(), eventsBefore);
    QCOMPARE(m_running->call("GET", limitPath).json(), limitBefore);
    QCOMPARE(m_running->backend->ledger().snapshot().useCases().value(u"unknown-limits"_s).calls, 0);
    // Nothing went to the model either.
    QCOMPARE(proxy(chat(), sdkHeaders("counting")).json()[u"id"_s].toString(), simulatedId(*sequence + 1));
}

void TestProxyApi::providerFailure_data()
{
    QTest::addColumn<QByteArray>("fault"); // the simulated model's fault_kind
    QTest::addColumn<bool>("stream");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("providerType"); // error.type of OpenAI's body; empty: no body of the provider's
    QTest::addColumn<QString>("xproxyCode");
    QTest::addColumn<QString>("failure"); // the recorded failure's kind

    // The provider's refusals, passed on with Pay-i's fields added.
    QTest::newRow("429") << QByteArray("rate_limited") << false << 429 << u"requests"_s << u"provider_error"_s
                         << u"http_error"_s;
    QTest::newRow("500") << QByteArray("server_error") << false << 500 << u"server_error"_s << u"provider_error"_s
                         << u"http_error"_s;
    QTest::newRow("429, stream") << QByteArray("rate_limited") << true << 429 << u"requests"_s << u"provider_error"_s
                                 << u"http_error"_s;
    // An answer that is not one: Pay-i's 502.
    QTest::newRow("malformed body") << QByteArray("malformed_body") << false << 502 << QString()
                                    << u"malformed_response"_s << u"malformed_response"_s;
    // A stream cut half-way: the client's ends too, without [DONE].
    QTest::newRow("stream cut") << QByteArray("stream_cut") << true << 200 << QString() << QString() << u"stream_cut"_s;
}

void TestProxyApi::providerFailure()
{
    QFETCH(QByteArray, fault);
    QFETCH(bool, stream);
    QFETCH(int, status);
    QFETCH(QString, providerType);
    QFETCH(QString, xproxyCode);
    QFETCH(QString, failure);

    const qint64 before = storedCount();
    simulate(R"({"failure_rate": 1, "fault_kind": ")" + fault + R"("})");
    const HttpProbe::Reply reply =
        proxy(stream ? chat({{u"stream"_s, true}, {u"max_tokens"_s, 40}}) : chat(), sdkHeaders("failing"));
    simulate(R"({"failure_rate": 0})");

    QCOMPARE(reply.status, status);
    const QJsonObject answer = reply.json();
    if (!providerType.isEmpty())
        QCOMPARE(answer[u"error"_s][u"type"_s].toString(), providerType);
    QCOMPARE(xproxyCodeOf(reply), xproxyCode);
    const QJsonObject result = answer[u"xproxy_result"_s].toObject();
    if (!xproxyCode.isEmpty()) {
        QCOMPARE(result[u"cost"_s][u"total"_s][u"base"_s].toDouble(), 0.0);
        QCOMPARE(result[u"use_case_name"_s].toString(), u"failing"_s);
    } else {
        const QList<QByteArray> data = sseData(reply.body);
        QVERIFY(!data.isEmpty());
        QVERIFY(!data.contains("[DONE]"));
    }

    // Recorded once, as a failed call that costs nothing.
    const QList<payi::CallEvent> events = stored();
    QCOMPARE(events.size(), before + 1);
    const payi::CallEvent &e = events.last();
    QVERIFY(e.failed);
    QCOMPARE(e.failureKind, failure);
    QCOMPARE(e.httpStatusCode, status == 502 ? 200 : status);
    QCOMPARE(e.cost.total, payi::Money());
    QCOMPARE(e.attribution.useCaseName, u"failing"_s);
    if (!xproxyCode.isEmpty())
        QCOMPARE(result[u"request_id"_s].toString(), e.requestId);
    if (failure == u"stream_cut"_s)
        QVERIFY(e.units.value(u"text"_s).output > 0); // what the stream had consumed
}

void TestProxyApi::connectionRefused()
{
    // A provider nobody listens for: a port just freed.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    qputenv("OPENAI_BASE_URL", QByteArray("http://127.0.0.1:") + QByteArray::number(port) + "/v1");
    qputenv("OPENAI_API_KEY", "sk-unused");
    QTemporaryDir dir;
    backend::ServerOptions options;
    options.provider = backend::ProviderKind::OpenAI;
    auto refused = RunningBackend::start(dir.path(), options);
    qunsetenv("OPENAI_BASE_URL");
    qunsetenv("OPENAI_API_KEY");
    QVERIFY(refused);

    for (const bool stream : {false, true}) {
        const HttpProbe::Reply reply =
            refused->call("POST", ProxyPath, stream ? chat({{u"stream"_s, true}}) : chat(), sdkHeaders("refused"));
        QCOMPARE(reply.status, 502);
        QCOMPARE(xproxyCodeOf(reply), u"connection_refused"_s);
        QCOMPARE(reply.json()[u"xproxy_result"_s][u"use_case_name"_s].toString(), u"refused"_s);
    }
    refused->backend->ledger().flush();
    const QList<ledger::StoredEvent> events = refused->backend->ledger().eventsAfter(0, 100).value();
    QCOMPARE(events.size(), 2);
    for (const ledger::StoredEvent &stored : events) {
        QVERIFY(stored.event.failed);
        QCOMPARE(stored.event.failureKind, u"connection_refused"_s);
        QCOMPARE(stored.event.httpStatusCode, payi::NoProviderStatus);
        QCOMPARE(stored.event.providerUri, u"http://127.0.0.1:%1/v1/chat/completions"_s.arg(port));
    }
}

void TestProxyApi::otherProvider_data()
{
    QTest::addColumn<ReplayServer::Scheme>("scheme");
    QTest::addColumn<QString>("fixture"); // what the provider answers (support/fixtures)
    QTest::addColumn<bool>("stream");

    // Plain http through the proxy's own transport, https through QNetworkAccessManager.
    QTest::newRow("http") << ReplayServer::Scheme::Http << u"chat_plain"_s << false;
    QTest::newRow("http, stream") << ReplayServer::Scheme::Http << u"chat_stream_usage"_s << true;
    QTest::newRow("https") << ReplayServer::Scheme::Https << u"chat_plain"_s << false;
    QTest::newRow("https, stream") << ReplayServer::Scheme::Https << u"chat_stream_usage"_s << true;
}

void TestProxyApi::otherProvider()
{
    QFETCH(ReplayServer::Scheme, scheme);
    QFETCH(QString, fixture);
    QFETCH(bool, stream);

    // --provider openai with OPENAI_BASE_URL at a server answering as OpenAI did.
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(ReplayServer::certificate());
    QSslConfiguration::setDefaultConfiguration(trusting);
    ReplayServer provider(scheme);
    provider.replay(fixture);
    qputenv("OPENAI_BASE_URL", provider.baseUrl());
    qputenv("OPENAI_API_KEY", "sk-costbench-own");
    QTemporaryDir dir;
    backend::ServerOptions options;
    options.provider = backend::ProviderKind::OpenAI;
    auto running = RunningBackend::start(dir.path(), options);
    qunsetenv("OPENAI_BASE_URL");
    qunsetenv("OPENAI_API_KEY");
    QVERIFY(running);

    const QByteArray body =
        chat(stream ? QJsonObject{{u"stream"_s, true}, {u"stream_options"_s, object(R"({"include_usage": true})")}}
                    : QJsonObject());
    HttpProbe::Headers headers = sdkHeaders("elsewhere");
    headers.append({QByteArray("OpenAI-Organization"), QByteArray("org-qa")});
    headers.append({QByteArray("Accept-Encoding"), QByteArray("gzip")});
    const HttpProbe::Reply reply = running->call("POST", ProxyPath, body, headers);
    QCOMPARE(reply.status, 200);

    // What the provider received: the body as sent, the client's key and headers, none of Pay-i's.
    QCOMPARE(provider.requests().size(), 1);
    const ReplayServer::Request &sent = provider.requests().first();
    QCOMPARE(sent.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(sent.body, body);
    QCOMPARE(sent.header("Authorization"), QByteArray("Bearer sk-client-key-1234"));
    QCOMPARE(sent.header("OpenAI-Organization"), QByteArray("org-qa"));
    QCOMPARE(sent.header("User-Agent"), QByteArray("OpenAI/Python 2.34.0"));
    QVERIFY(!sent.hasHeaderStartingWith("xProxy-"));
    if (scheme == ReplayServer::Scheme::Http)
        QVERIFY(sent.header("Accept-Encoding").isEmpty()); // Costbench reads the answer: uncompressed

    // The answer with its result; the event with the provider's usage.
    QJsonObject result;
    QJsonObject usage;
    if (stream) {
        const QList<QByteArray> data = sseData(reply.body);
        QCOMPARE(data.last(), QByteArray("[DONE]"));
        const QJsonObject last = object(data[data.size() - 2]);
        result = last[u"xproxy_result"_s].toObject();
        usage = last[u"usage"_s].toObject();
    } else {
        result = reply.json()[u"xproxy_result"_s].toObject();
        usage = reply.json()[u"usage"_s].toObject();
        QCOMPARE(reply.json()[u"id"_s].toString(), u"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG"_s);
    }
    QVERIFY(!usage.isEmpty());
    running->backend->ledger().flush();
    const QList<ledger::StoredEvent> events = running->backend->ledger().eventsAfter(0, 10).value();
    QCOMPARE(events.size(), 1);
    const payi::CallEvent &e = events.first().event;
    QVERIFY(!e.failed);
    QCOMPARE(e.rawUsage, usage);
    QCOMPARE(e.providerUri, QString::fromUtf8(provider.baseUrl() + "/chat/completions"));
    QCOMPARE(result[u"cost"_s][u"total"_s][u"base"_s].toDouble(), usd(e.cost.total));
    QVERIFY(e.cost.total > payi::Money());
    QCOMPARE(e.attribution.useCaseName, u"elsewhere"_s);
}

void TestProxyApi::badInputStoresNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header"); // an extra header "name: value", or empty
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("bad JSON") << QByteArray(R"({"model": "gpt-4.1",)") << QByteArray() << 400 << u"invalid_json"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QByteArray() << 400 << u"invalid_json"_s;
    QTest::newRow("empty body") << QByteArray() << QByteArray() << 400 << u"invalid_json"_s;
    QTest::newRow("not UTF-8") << chat().replace("lighthouse", "light\xffhouse") << QByteArray() << 400
                               << u"invalid_utf8"_s;
    QTest::newRow("no model") << QByteArray(R"({"messages": [{"role": "user", "content": "x"}]})") << QByteArray()
                              << 400 << u"missing_field"_s;
    QTest::newRow("model null") << chat({{u"model"_s, QJsonValue::Null}}) << QByteArray() << 400 << u"missing_field"_s;
    QTest::newRow("model not a string") << chat({{u"model"_s, 5}}) << QByteArray() << 400 << u"invalid_field"_s;
    QTest::newRow("model empty") << chat({{u"model"_s, u""_s}}) << QByteArray() << 400 << u"invalid_field"_s;
    QTest::newRow("stream not a boolean")
        << chat({{u"stream"_s, u"yes"_s}}) << QByteArray() << 400 << u"invalid_field"_s;
    QTest::newRow("stream_options not an object")
        << chat({{u"stream"_s, true}, {u"stream_options"_s, 1}}) << QByteArray() << 400 << u"invalid_field"_s;
    QTest::newRow("max_tokens negative") << chat({{u"max_tokens"_s, -3}}) << QByteArray() << 400 << u"invalid_field"_s;
    QTest::newRow("version not an integer")
        << chat() << QByteArray("xProxy-UseCase-Version: three") << 400 << u"invalid_header"_s;
    QTest::newRow("properties not JSON") << chat() << QByteArray("xProxy-Request-Properties: bm90IGpzb24=") << 400
                                         << u"invalid_header"_s;
    QTest::newRow("body over 1 MiB") << chat().append(QByteArray(1024 * 1024, ' ')) << QByteArray() << 413
                                     << u"payload_too_large"_s;
}

void TestProxyApi::badInputStoresNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    QFETCH(QString, code);

    HttpProbe::Headers headers = sdkHeaders("refused");
    if (!header.isEmpty())
        headers.append({header.left(header.indexOf(':')), header.mid(header.indexOf(':') + 2)});
    const HttpProbe::Reply counting = proxy(chat(), sdkHeaders("counting"));
    const std::optional<quint64> sequence = sequenceOf(counting.json()[u"id"_s].toString());
    QVERIFY(sequence);
    const qint64 before = storedCount();

    const HttpProbe::Reply reply = proxy(body, headers);
    QCOMPARE(reply.status, status);
    QCOMPARE(xproxyCodeOf(reply), code);
    QVERIFY(!reply.json()[u"xproxy_error"_s][u"message"_s].toString().isEmpty());
    QCOMPARE(reply.json()[u"statusCode"_s].toInt(), status);
    QCOMPARE(storedCount(), before);
    QCOMPARE(m_running->backend->ledger().snapshot().useCases().value(u"refused"_s).calls, 0);
    // Nothing went to the model either.
    QCOMPARE(proxy(chat(), sdkHeaders("counting")).json()[u"id"_s].toString(), simulatedId(*sequence + 1));
}

void TestProxyApi::token_data()
{
    QTest::addColumn<HttpProbe::Headers>("headers");
    QTest::addColumn<int>("status");

    // The SDK's way: the provider's key in Authorization, Pay-i's (the token) in xProxy-api-key.
    QTest::newRow("xProxy-api-key") << HttpProbe::Headers{{"Authorization", "Bearer sk-anything"},
                                                          {"xProxy-api-key", "pay-key-7"}}
                                    << 200;
    QTest::newRow("token as bearer") << HttpProbe::Headers{{"Authorization", "Bearer pay-key-7"}} << 200;
    QTest::newRow("none") << HttpProbe::Headers{} << 401;
    QTest::newRow("provider key only") << HttpProbe::Headers{{"Authorization", "Bearer sk-anything"}} << 401;
    QTest::newRow("wrong xProxy-api-key")
        << HttpProbe::Headers{{"Authorization", "Bearer sk-anything"}, {"xProxy-api-key", "pay-key-8"}} << 401;
}

void TestProxyApi::token()
{
    QFETCH(HttpProbe::Headers, headers);
    QFETCH(int, status);

    QTemporaryDir dir;
    backend::ServerOptions options;
    options.token = u"pay-key-7"_s;
    auto guarded = RunningBackend::start(dir.path(), options);
    QVERIFY(guarded);
    headers.append({QByteArray("xProxy-UseCase-Name"), QByteArray("guarded")});
    const HttpProbe::Reply reply = guarded->call("POST", ProxyPath, chat(), headers);
    QCOMPARE(reply.status, status);
    guarded->backend->ledger().flush();
    QCOMPARE(guarded->calls(), status == 200 ? 1 : 0);
    if (status == 200) {
        // Forwarded to the model, which takes the token as its key, whatever the client's.
        QCOMPARE(reply.json()[u"object"_s].toString(), u"chat.completion"_s);
        QCOMPARE(reply.json()[u"xproxy_result"_s][u"use_case_name"_s].toString(), u"guarded"_s);
    } else {
        QCOMPARE(xproxyCodeOf(reply), u"unauthorized"_s);
    }
}

QTEST_GUILESS_MAIN(TestProxyApi)
#include "tst_proxyapi.moc"
