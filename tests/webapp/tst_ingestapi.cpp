// Pay-i's ingest call, POST /api/v1/ingest, through real HTTP on loopback: the packets the Pay-i
// Python SDK 0.1.0-alpha.177 sends (support/fixtures/sdk_ingest_*.http, recorded from the SDK with
// openai-python 2.34.0 against the simulated model), packets with every optional field and with
// none, a retried duplicate, and bad input answered with xproxy_error and nothing stored.
#include "RunningBackend.h"

#include "ledger/Ledger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

// A request the SDK sent, as recorded: the head's lines get their CRLF back, the connection
// closes after the answer (HttpProbe reads until it does), and the length is the body's (the
// recorded stack trace's paths were shortened). The body is sent byte for byte, but for the
// completion id when responseId is given (in the query too).
QByteArray sdkRequest(const QString &name, const QByteArray &responseId = {})
{
    QFile file(QStringLiteral(COSTBENCH_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray recorded = file.readAll();
    if (!responseId.isEmpty())
        recorded.replace("chatcmpl-sim1db2233eb3bcaeb3", responseId);
    const qsizetype split = recorded.indexOf("\n\n");
    const QByteArray body = recorded.mid(split + 2);
    QByteArray head;
    for (const QByteArray &line : recorded.left(split).split('\n')) {
        if (line.startsWith("Connection:"))
            head += "Connection: close\r\n";
        else if (line.startsWith("Content-Length:"))
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        else
            head += line + "\r\n";
    }
    return head + "\r\n" + body;
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// The smallest packet the route takes, with fields added or replaced.
QByteArray packet(const QJsonObject &changes = {})
{
    QJsonObject body{{u"category"_s, u"system.openai"_s},
                     {u"resource"_s, u"gpt-5.4"_s},
                     {u"units"_s, QJsonObject{{u"text"_s, QJsonObject{{u"input"_s, 1000}, {u"output"_s, 100}}}}}};
    for (auto it = changes.begin(); it != changes.end(); ++it)
        body.insert(it.key(), it.value());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject xproxyResultOf(const HttpProbe::Reply &reply)
{
    return reply.json().value(u"xproxy_result"_s).toObject();
}

QString xproxyCodeOf(const HttpProbe::Reply &reply)
{
    return reply.json().value(u"xproxy_error"_s).toObject().value(u"code"_s).toString();
}

// "key " and the first six hex digits of the key's SHA-256, computed here on its own.
QString fingerprint(const QByteArray &key)
{
    return u"key "_s + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(6));
}

QStringList headerNames(const QJsonArray &headers)
{
    QStringList names;
    for (const QJsonValue &header : headers)
        names << header[u"name"_s].toString();
    return names;
}

// The source filter as a query parameter: percent-encoded, or with "+" for the spaces.
QString sourceQuery(const QString &source, bool plusForSpaces = false)
{
    QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(source));
    if (plusForSpaces)
        encoded.replace(u"%20"_s, u"+"_s);
    return u"source="_s + encoded;
}

// What the server logs while a test runs, every category at every level.
QMutex g_loggedMutex;
QStringList g_logged;
void keepLogged(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_loggedMutex);
    g_logged << QString::fromLatin1(context.category ? context.category : "") + u": "_s + message;
}

} // namespace

class TestIngestApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sdkPacketIsRecorded_data();
    void sdkPacketIsRecorded();
    void everyOptionalField();
    void noOptionalField();
    void storedTextsReadBackAsSent_data();
    void storedTextsReadBackAsSent();
    void retriedPacketIsStoredOnce();
    void concurrentCopiesAreStoredOnce_data();
    void concurrentCopiesAreStoredOnce();
    void badInputStoresNothing_data();
    void badInputStoresNothing();
    void unknownLimitIdsStoreNothing_data();
    void unknownLimitIdsStoreNothing();
    void tokenOrApiKey_data();
    void tokenOrApiKey();
    void sourceOfAPacket_data();
    void sourceOfAPacket();
    void eventsOfOneSource_data();
    void eventsOfOneSource();
    void sourcesAreListedWithTheirTotals();
    void useCasesOfOneSource();
    void exportOfOneSource_data();
    void exportOfOneSource();
    void theKeyIsNeverStoredNorLogged();

private:
    HttpProbe::Reply ingest(const QByteArray &body, const HttpProbe::Headers &headers = {}, const QString &query = {})
    {
        return m_running->call("POST", u"/api/v1/ingest"_s + query, body, headers);
    }
    // The last event the ledger holds, as GET /events answers it, and as stored.
    QJsonObject lastEvent();
    payi::CallEvent lastStored();

    // Starts m_sources with calls from three sources (sourcesFixture).
    void startSources();

    QTemporaryDir m_dir;
    // One backend for every test: each compares what the ledger holds before and after.
    std::unique_ptr<RunningBackend> m_running;
    // A limit of m_running, made by the first test that needs one.
    QString m_knownLimit;
    // One backend for the source filters, with a document (the document app's call), two
    // packets from app A (key-a) and one from app B (key-b).
    std::unique_ptr<RunningBackend> m_sources;
};

void TestIngestApi::initTestCase()
{
    m_running = RunningBackend::start(m_dir.filePath(u"shared"_s));
    QVERIFY(m_running);
}

void TestIngestApi::cleanupTestCase()
{
    m_running.reset();
    m_sources.reset();
}

void TestIngestApi::startSources()
{
    if (m_sources)
        return;
    m_sources = RunningBackend::start(m_dir.filePath(u"sources"_s));
    QVERIFY(m_sources);
    QCOMPARE(m_sources->call("POST", u"/documents"_s, R"({"prompt": "autumn leaves"})").status, 201);
    const auto report = [this](const QByteArray &key, const QByteArray &module, const QByteArray &useCase) {
        const HttpProbe::Reply reply = m_sources->call(
            "POST", u"/api/v1/ingest"_s, packet(),
            {{"xProxy-api-key", key}, {"xProxy-Instrumented-Module", module}, {"xProxy-UseCase-Name", useCase}});
        QCOMPARE(reply.status, 200);
    };
    report("key-a", "openai/2.34.0", "summarize");
    report("key-b", "anthropic/0.69.0", "classify");
    report("key-a", "openai/2.34.0", "summarize");
}

QJsonObject TestIngestApi::lastEvent()
{
    const QJsonArray events = m_running->call("GET", u"/events?after=0&limit=1000"_s).json()[u"events"_s].toArray();
    return events.isEmpty() ? QJsonObject() : events.last().toObject();
}

payi::CallEvent TestIngestApi::lastStored()
{
    const base::Result<QList<ledger::StoredEvent>> events = m_running->backend->ledger().eventsAfter(0, 1000);
    return events && !events->isEmpty() ? events->last().event : payi::CallEvent();
}

void TestIngestApi::sdkPacketIsRecorded_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("responseId");
    QTest::addColumn<QString>("units");
    QTest::addColumn<QString>("total");   // decimal USD, as /events answers it
    QTest::addColumn<double>("inputUsd"); // as the SDK's XproxyResult has it
    QTest::addColumn<double>("outputUsd");

    // gpt-5.4 in resources/prices.json: text 2.5 in and 15 out, reasoning 15 out, per million.
    // 9 × 2.5 = 22.5 µUSD in; (87 + 128) × 15 = 3225 µUSD out.
    QTest::newRow("success") << u"sdk_ingest_ok.http"_s << 200 << u"chatcmpl-sim1db2233eb3bcaeb3"_s
                             << uR"({"reasoning":{"input":0,"output":128},"text":{"input":9,"output":87}})"_s
                             << u"0.0032475"_s << 0.0000225 << 0.003225;
    // A provider failure: units {}, the provider's status, not billed.
    QTest::newRow("failure 500") << u"sdk_ingest_failed.http"_s << 500 << u"payi_af450b5a-694d-41c2-b349-a0ff8371b843"_s
                                 << u"{}"_s << u"0"_s << 0.0 << 0.0;
}

void TestIngestApi::sdkPacketIsRecorded()
{
    QFETCH(QString, fixture);
    QFETCH(int, status);
    QFETCH(QString, responseId);
    QFETCH(QString, units);
    QFETCH(QString, total);
    QFETCH(double, inputUsd);
    QFETCH(double, outputUsd);

    const QByteArray request = sdkRequest(fixture);
    QVERIFY(request.contains("xProxy-UseCase-Name: summarize"));
    const qint64 before = m_running->calls();
    const qint64 summarizeBefore = m_running->backend->ledger().snapshot().useCases().value(u"summarize"_s).calls;
    const HttpProbe::Reply reply = m_running->probe->callRaw(request);
    QCOMPARE(reply.status, 200);

    // The SDK's IngestResponse, with an XproxyResult.
    const QJsonObject answer = reply.json();
    QCOMPARE(answer.keys(),
             (QStringList{u"event_timestamp"_s, u"ingest_timestamp"_s, u"request_id"_s, u"xproxy_result"_s}));
    const QJsonObject result = answer[u"xproxy_result"_s].toObject();
    QCOMPARE(result[u"request_id"_s].toString(), answer[u"request_id"_s].toString());
    QCOMPARE(result[u"use_case_name"_s].toString(), u"summarize"_s);
    QCOMPARE(result[u"use_case_id"_s].toString(), u"inst-42"_s);
    QCOMPARE(result[u"use_case_step"_s].toString(), u"draft"_s);
    QCOMPARE(result[u"user_id"_s].toString(), u"alice"_s);
    QCOMPARE(result[u"account_name"_s].toString(), u"acme"_s);
    QCOMPARE(result[u"limits"_s].toObject(), QJsonObject());
    QCOMPARE(result[u"blocked_limit_ids"_s].toArray(), QJsonArray());
    QVERIFY(!result.contains(u"duplicate_request"_s));
    const QJsonObject cost = result[u"cost"_s].toObject();
    QCOMPARE(cost[u"currency"_s].toString(), u"usd"_s);
    QCOMPARE(cost[u"input"_s][u"base"_s].toDouble(), inputUsd);
    QCOMPARE(cost[u"output"_s][u"base"_s].toDouble(), outputUsd);
    QCOMPARE(cost[u"total"_s][u"base"_s].toDouble(), total.toDouble());

    // Durable before the answer: the next read sees it, once.
    QCOMPARE(m_running->calls(), before + 1);
    const QJsonObject event = lastEvent();
    QCOMPARE(event[u"request_id"_s].toString(), answer[u"request_id"_s].toString());
    QCOMPARE(event[u"use_case_name"_s].toString(), u"summarize"_s);
    QCOMPARE(event[u"use_case_id"_s].toString(), u"inst-42"_s);
    QCOMPARE(event[u"user_id"_s].toString(), u"alice"_s);
    QCOMPARE(event[u"cost"_s][u"total"_s].toString(), total);
    QCOMPARE(event[u"units"_s].toObject(), object(units.toUtf8()));
    QCOMPARE(event[u"http_status_code"_s].toInt(), status);
    QCOMPARE(event[u"failure"_s].isNull(), status < 400);
    QCOMPARE(event[u"timestamp"_s].toString().left(19), u"2026-12-07T05:2"_s + (status < 400 ? u"7:23"_s : u"7:55"_s));
    const QJsonObject attribution = event[u"attribution"_s].toObject();
    QCOMPARE(attribution[u"use_case_version"_s].toInt(), 3);
    QCOMPARE(attribution[u"account_name"_s].toString(), u"acme"_s);
    QCOMPARE(attribution[u"use_case_properties"_s].toObject(), object(R"({"team":"docs"})"));
    const QJsonObject origins = attribution[u"origins"_s].toObject();
    for (const QString &field : {u"use_case_name"_s, u"use_case_id"_s, u"user_id"_s, u"account_name"_s})
        QCOMPARE(origins[field].toString(), u"call_header"_s);

    const payi::CallEvent stored = lastStored();
    QCOMPARE(stored.providerResponseId, responseId);
    QCOMPARE(stored.providerUri, u"http://127.0.0.1:39041/sim/v1/"_s);
    QCOMPARE(stored.properties.value(u"env"_s), u"test"_s);
    QVERIFY(stored.properties.value(u"system.stack_trace"_s).contains(u"/srv/app/app.py"_s));
    QCOMPARE(stored.providerRequestJson,
             uR"({"model":"gpt-5.4","messages":[{"role":"user","content":"autumn leaves"}]})"_s);
    QVERIFY(stored.providerResponseJson.startsWith(status < 400 ? uR"({"id": "chatcmpl-sim)"_s : uR"({"error":)"_s));

    // The aggregates: the use case and its instance.
    QCOMPARE(m_running->backend->ledger().snapshot().useCases().value(u"summarize"_s).calls, summarizeBefore + 1);
    const QJsonArray instances =
        m_running->call("GET", u"/use-cases/summarize/instances"_s).json()[u"instances"_s].toArray();
    QCOMPARE(instances.size(), 1);
    QCOMPARE(instances[0][u"use_case_id"_s].toString(), u"inst-42"_s);
}

void TestIngestApi::everyOptionalField()
{
    const HttpProbe::Reply limit =
        m_running->call("POST", u"/limits"_s, R"({"limit_name": "ingest", "max": "0.0001", "limit_type": "allow"})");
    QCOMPARE(limit.status, 201);
    const QString limitId = limit.json()[u"limit_id"_s].toString();

    const QByteArray body = packet(QJsonObject{
        {u"units"_s, object(R"({"text": {"input": 1000, "output": 100}, "text_cache_read": {"input": 4000}})")},
        {u"end_to_end_latency_ms"_s, 812},
        {u"time_to_first_token_ms"_s, 95},
        {u"http_status_code"_s, 200},
        {u"event_timestamp"_s, u"2027-01-02T03:04:05.678901+02:00"_s},
        {u"properties"_s, object(R"({"env": "qa", "gone": null, "system.stack_trace": "[]"})")},
        {u"use_case_properties"_s, object(R"({"team": "docs"})")},
        {u"provider_request_json"_s, uR"({"model":"gpt-5.4"})"_s},
        {u"provider_response_headers"_s, QJsonArray{object(R"({"name": "x-request-id", "value": "r1"})")}},
        {u"provider_response_id"_s, u"chatcmpl-every"_s},
        {u"provider_response_json"_s, QJsonArray{uR"({"a":1})"_s, uR"({"b":2})"_s}},
        {u"provider_uri"_s, u"https://api.openai.com/v1/"_s},
    });
    const HttpProbe::Headers headers{{"xProxy-UseCase-Name", "every"},
                                     {"xProxy-UseCase-ID", "every-1"},
                                     {"xProxy-UseCase-Version", "7"},
                                     {"xProxy-UseCase-Step", "s2"},
                                     {"xProxy-User-ID", "bob"},
                                     {"xProxy-Account-Name", "acme"},
                                     {"xProxy-Limit-IDs", limitId.toUtf8()},
                                     {"xProxy-Instrumented-Module", "openai/2.34.0"},
                                     {"User-Agent", "Payi/Python 0.1.0-alpha.177"}};
    const HttpProbe::Reply reply = ingest(body, headers, u"?id=chatcmpl-every"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject result = xproxyResultOf(reply);
    // 1000 × 2.5 + 4000 × 0.25 = 3500 pico-units in, 100 × 15 = 1500 out: 0.005 USD, past max.
    QCOMPARE(result[u"cost"_s][u"total"_s][u"base"_s].toDouble(), 0.005);
    QCOMPARE(result[u"limits"_s].toObject(), QJsonObject({{limitId, QJsonObject{{u"state"_s, u"overrun"_s}}}}));
    QCOMPARE(m_running->call("GET", u"/limits/"_s + limitId).json()[u"spent"_s].toString(), u"0.005"_s);

    const QJsonObject event = lastEvent();
    QCOMPARE(event[u"limit_ids"_s].toArray(), QJsonArray{limitId});
    QCOMPARE(event[u"latency_ms"_s].toInt(), 812);
    QCOMPARE(event[u"time_to_first_token_ms"_s].toInt(), 95);
    QCOMPARE(event[u"timestamp"_s].toString(), u"2027-01-02T01:04:05.679Z"_s);
    QCOMPARE(event[u"attribution"_s][u"use_case_version"_s].toInt(), 7);
    QCOMPARE(event[u"attribution"_s][u"use_case_step"_s].toString(), u"s2"_s);
    const payi::CallEvent stored = lastStored();
    QCOMPARE(stored.properties, (payi::Properties{{u"env"_s, u"qa"_s}, {u"system.stack_trace"_s, u"[]"_s}}));
    QCOMPARE(stored.providerResponseJson, uR"(["{\"a\":1}","{\"b\":2}"])"_s);
    QCOMPARE(stored.providerUri, u"https://api.openai.com/v1/"_s);
}

// The ledger keeps texts compressed, once (issue 23): what an app reports reads back byte for
// byte, as the ledger gave it back before.
void TestIngestApi::storedTextsReadBackAsSent_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("response");
    QTest::newRow("plain ASCII") << uR"({"model":"gpt-5.4"})"_s << uR"({"id":"chatcmpl-1","choices":[]})"_s;
    QTest::newRow("unicode") << u"Grüße, 世界 🌊 "_s.repeated(40) << u"café ☃ "_s.repeated(60);
    QTest::newRow("\\u-escaped JSON") << uR"({"content":"caf\u00e9 \ud83c\udf0a \"q\" \\ \n"})"_s.repeated(10)
                                      << uR"({"content":"\u2603"})"_s;
    QTest::newRow("empty") << QString() << QString();
    QString huge;
    for (int i = 0; huge.size() < 300'000; ++i)
        huge += QString::number(i * 2654435761u, 36) + u' ';
    QTest::newRow("huge") << huge << huge.left(100'000);
    QTest::newRow("compressed-looking") << QString::fromLatin1(qCompress(huge.toUtf8()).toBase64().left(5000))
                                        << u"\u0001x\u009c"_s;
}

void TestIngestApi::storedTextsReadBackAsSent()
{
    QFETCH(QString, request);
    QFETCH(QString, response);
    QJsonObject fields;
    if (!request.isEmpty())
        fields.insert(u"provider_request_json"_s, request);
    if (!response.isEmpty())
        fields.insert(u"provider_response_json"_s, response);
    QCOMPARE(ingest(packet(fields)).status, 200);
    const payi::CallEvent stored = lastStored();
    QCOMPARE(stored.providerRequestJson.toUtf8(), request.toUtf8());
    QCOMPARE(stored.providerResponseJson.toUtf8(), response.toUtf8());
    QVERIFY(!lastEvent().contains(u"texts_dropped_by_retention"_s));
}

void TestIngestApi::noOptionalField()
{
    const qint64 before = m_running->calls();
    const HttpProbe::Reply reply = ingest(packet());
    QCOMPARE(reply.status, 200);
    const QJsonObject result = xproxyResultOf(reply);
    QCOMPARE(result.keys(), (QStringList{u"blocked_limit_ids"_s, u"cost"_s, u"limits"_s, u"request_id"_s}));
    QCOMPARE(result[u"cost"_s][u"total"_s][u"base"_s].toDouble(), 0.004); // 1000 × 2.5 + 100 × 15 µUSD
    QCOMPARE(m_running->calls(), before + 1);
    const QJsonObject event = lastEvent();
    QCOMPARE(event[u"use_case_name"_s].toString(), QString());
    QCOMPARE(event[u"http_status_code"_s].toInt(), 200);
    QCOMPARE(event[u"cost"_s][u"total"_s].toString(), u"0.004"_s);

    // A model the price table does not know: recorded at cost 0, flagged, and the SDK warned.
    const HttpProbe::Reply unknown = ingest(packet({{u"resource"_s, u"no-such-model"_s}}));
    QCOMPARE(unknown.status, 200);
    QCOMPARE(xproxyResultOf(unknown)[u"cost"_s][u"total"_s][u"base"_s].toDouble(), 0.0);
    QCOMPARE(xproxyResultOf(unknown)[u"warnings"_s].toArray().size(), 1);
    QCOMPARE(lastEvent()[u"price"_s][u"unknown_resource"_s].toBool(), true);
}

void TestIngestApi::retriedPacketIsStoredOnce()
{
    const QByteArray request = sdkRequest(u"sdk_ingest_ok.http"_s, "chatcmpl-retry");
    const qint64 before = m_running->calls();
    const HttpProbe::Reply first = m_running->probe->callRaw(request);
    QCOMPARE(first.status, 200);
    const HttpProbe::Reply again = m_running->probe->callRaw(request);
    QCOMPARE(again.status, 200);
    QCOMPARE(m_running->calls(), before + 1);
    QJsonObject result = xproxyResultOf(again);
    QCOMPARE(result.take(u"duplicate_request"_s), QJsonValue(true));
    QCOMPARE(result, xproxyResultOf(first));
    QCOMPARE(again.json()[u"request_id"_s], first.json()[u"request_id"_s]);

    // The same id with another packet (one count differs, as long): refused, nothing stored.
    const QByteArray other = QByteArray(request).replace("\"output\":87", "\"output\":88");
    QVERIFY(other != request);
    const HttpProbe::Reply conflict = m_running->probe->callRaw(other);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(xproxyCodeOf(conflict), u"duplicate_id_conflict"_s);
    QCOMPARE(m_running->calls(), before + 1);
}

void TestIngestApi::concurrentCopiesAreStoredOnce_data()
{
    QTest::addColumn<int>("copies");
    QTest::addColumn<int>("others"); // other packets sent among the copies, each with its own id

    QTest::newRow("2 copies") << 2 << 0;
    QTest::newRow("16 copies") << 16 << 0;
    QTest::newRow("16 copies among 48 others") << 16 << 48;
}

// The packets are read on the thread pool: copies of one packet in flight at once, on as many
// connections, are still checked against each other, in the order they arrived.
void TestIngestApi::concurrentCopiesAreStoredOnce()
{
    QFETCH(int, copies);
    QFETCH(int, others);

    const QByteArray id = "chatcmpl-concurrent-" + QByteArray(QTest::currentDataTag()).replace(' ', '-');
    const QByteArray copy = sdkRequest(u"sdk_ingest_ok.http"_s, id);
    QVERIFY(!copy.isEmpty());
    const qint64 before = m_running->calls();
    QList<HttpProbe::Reply> answers;
    QList<HttpProbe::Reply> otherAnswers;
    const int step = (copies + others) / copies; // a copy every step packets
    for (int n = 0, sent = 0; n < copies + others; ++n) {
        if (n % step == 0 && sent++ < copies)
            m_running->probe->sendRaw(copy, [&](HttpProbe::Reply reply) { answers.append(std::move(reply)); });
        else
            m_running->probe->sendRaw(sdkRequest(u"sdk_ingest_ok.http"_s, id + "-other-" + QByteArray::number(n)),
                                      [&](HttpProbe::Reply reply) { otherAnswers.append(std::move(reply)); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answers.size() + otherAnswers.size(), copies + others, 30'000);
    QCOMPARE(answers.size(), copies);

    QCOMPARE(m_running->calls(), before + 1 + others);
    int firsts = 0;
    for (const HttpProbe::Reply &answer : std::as_const(answers)) {
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json()[u"request_id"_s], answers.first().json()[u"request_id"_s]);
        firsts += xproxyResultOf(answer).contains(u"duplicate_request"_s) ? 0 : 1;
    }
    QCOMPARE(firsts, 1);
    for (const HttpProbe::Reply &answer : std::as_const(otherAnswers)) {
        QCOMPARE(answer.status, 200);
        QVERIFY(!xproxyResultOf(answer).contains(u"duplicate_request"_s));
    }
}

void TestIngestApi::badInputStoresNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header"); // an xProxy-* header "name: value", or empty
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const auto units = [](const char *json) { return packet({{u"units"_s, object(json)}}); };
    QTest::newRow("bad JSON") << QByteArray(R"({"category": "system.openai",)") << QByteArray() << 400
                              << u"invalid_json"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QByteArray() << 400 << u"invalid_json"_s;
    QTest::newRow("empty body") << QByteArray() << QByteArray() << 400 << u"invalid_json"_s;
    QTest::newRow("not UTF-8") << packet({{u"resource"_s, u"gpt"_s}}).replace("gpt", "g\xfft") << QByteArray() << 400
                               << u"invalid_utf8"_s;
    QTest::newRow("units not an object") << packet({{u"units"_s, u"text"_s}}) << QByteArray() << 400
                                         << u"invalid_field"_s;
    QTest::newRow("unit not an object") << units(R"({"text": 5})") << QByteArray() << 400 << u"invalid_field"_s;
    QTest::newRow("input a string") << units(R"({"text": {"input": "12"}})") << QByteArray() << 400
                                    << u"invalid_field"_s;
    QTest::newRow("input a float") << units(R"({"text": {"input": 12.5}})") << QByteArray() << 400
                                   << u"invalid_field"_s;
    QTest::newRow("output negative") << units(R"({"text": {"output": -1}})") << QByteArray() << 400
                                     << u"invalid_field"_s;
    QTest::newRow("units missing") << QByteArray(R"({"category": "system.openai", "resource": "gpt-5.4"})")
                                   << QByteArray() << 400 << u"missing_field"_s;
    QTest::newRow("category missing") << QByteArray(R"({"resource": "gpt-5.4", "units": {}})") << QByteArray() << 400
                                      << u"missing_field"_s;
    QTest::newRow("resource missing") << QByteArray(R"({"category": "system.openai", "units": {}})") << QByteArray()
                                      << 400 << u"missing_field"_s;
    QTest::newRow("resource empty") << packet({{u"resource"_s, u""_s}}) << QByteArray() << 400 << u"invalid_field"_s;
    QTest::newRow("status not HTTP") << packet({{u"http_status_code"_s, 42}}) << QByteArray() << 400
                                     << u"invalid_field"_s;
    QTest::newRow("latency a string") << packet({{u"end_to_end_latency_ms"_s, u"12"_s}}) << QByteArray() << 400
                                      << u"invalid_field"_s;
    QTest::newRow("time without offset") << packet({{u"event_timestamp"_s, u"2026-12-07T05:27:23"_s}}) << QByteArray()
                                         << 400 << u"invalid_field"_s;
    QTest::newRow("property a number") << packet({{u"properties"_s, object(R"({"n": 1})")}}) << QByteArray() << 400
                                       << u"invalid_field"_s;
    QTest::newRow("response texts not strings")
        << packet({{u"provider_response_json"_s, QJsonArray{1}}}) << QByteArray() << 400 << u"invalid_field"_s;
    QTest::newRow("response headers malformed")
        << packet({{u"provider_response_headers"_s, QJsonArray{u"x"_s}}}) << QByteArray() << 400 << u"invalid_field"_s;
    QTest::newRow("version not an integer")
        << packet() << QByteArray("xProxy-UseCase-Version: three") << 400 << u"invalid_header"_s;
    QTest::newRow("body over 1 MiB") << packet().append(QByteArray(1024 * 1024, ' ')) << QByteArray() << 413
                                     << u"payload_too_large"_s;
}

void TestIngestApi::badInputStoresNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    QFETCH(QString, code);

    HttpProbe::Headers headers{{"xProxy-UseCase-Name", "refused"}};
    if (!header.isEmpty())
        headers.append({header.left(header.indexOf(':')), header.mid(header.indexOf(':') + 2)});
    const qint64 before = m_running->calls();
    const HttpProbe::Reply reply = ingest(body, headers, u"?id=refused"_s);
    QCOMPARE(reply.status, status);
    QCOMPARE(xproxyCodeOf(reply), code);
    QVERIFY(!reply.json()[u"xproxy_error"_s][u"message"_s].toString().isEmpty());
    QCOMPARE(reply.json()[u"statusCode"_s].toInt(), status);
    m_running->backend->ledger().flush();
    QCOMPARE(m_running->calls(), before);
    QCOMPARE(m_running->backend->ledger().snapshot().useCases().value(u"refused"_s).calls, 0);
}

void TestIngestApi::unknownLimitIdsStoreNothing_data()
{
    QTest::addColumn<QByteArray>("limitIds"); // xProxy-Limit-IDs; {known} is a limit that exists
    QTest::addColumn<QStringList>("unknown"); // the ids the error must name; none: accepted

    QTest::newRow("unknown alone") << QByteArray("no-such-limit") << QStringList{u"no-such-limit"_s};
    QTest::newRow("unknown among known") << QByteArray("{known},no-such-limit,{known}")
                                         << QStringList{u"no-such-limit"_s};
    QTest::newRow("two unknown") << QByteArray("gone-1, {known}, gone-2") << QStringList{u"gone-1"_s, u"gone-2"_s};
    QTest::newRow("unknown between empty items") << QByteArray(",, no-such-limit ,") << QStringList{u"no-such-limit"_s};
    QTest::newRow("known between empty items") << QByteArray(" ,{known},, ") << QStringList();
    QTest::newRow("only empty items") << QByteArray(" , ,") << QStringList();
}

void TestIngestApi::unknownLimitIdsStoreNothing()
{
    QFETCH(QByteArray, limitIds);
    QFETCH(QStringList, unknown);

    if (m_knownLimit.isEmpty()) {
        const HttpProbe::Reply limit = m_running->call(
            "POST", u"/limits"_s, R"({"limit_name": "known-to-ingest", "max": "100", "limit_type": "allow"})");
        QCOMPARE(limit.status, 201);
        m_knownLimit = limit.json()[u"limit_id"_s].toString();
    }
    const QString limitPath = u"/limits/"_s + m_knownLimit;
    const QJsonObject limitBefore = m_running->call("GET", limitPath).json();
    const QJsonArray eventsBefore =
        m_running->call("GET", u"/events?after=0&limit=1000"_s).json()[u"events"_s].toArray();
    const qint64 before = m_running->calls();

    const HttpProbe::Reply reply =
        ingest(packet(), {{"xProxy-Limit-IDs", limitIds.replace("{known}", m_knownLimit.toUtf8())}},
               u"?id=limited-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    m_running->backend->ledger().flush();
    const QJsonArray eventsAfter =
        m_running->call("GET", u"/events?after=0&limit=1000"_s).json()[u"events"_s].toArray();
    if (unknown.isEmpty()) {
        // Empty items are skipped: the packet is taken, counted against the known limit if named.
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_running->calls(), before + 1);
        QCOMPARE(eventsAfter.size(), eventsBefore.size() + 1);
        const bool named = limitIds.contains(m_knownLimit.toUtf8());
        QCOMPARE(xproxyResultOf(reply)[u"limits"_s].toObject().keys(),
                 named ? QStringList{m_knownLimit} : QStringList());
        QCOMPARE(m_running->call("GET", limitPath).json() != limitBefore, named);
        return;
    }
    // Pay-i's code for ids that name no limit; the SDK hands it to the app as the call's result.
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[u"statusCode"_s].toInt(), 400);
    QCOMPARE(xproxyCodeOf(reply), u"invalid_limit_ids"_s);
    const QString message = reply.json()[u"xproxy_error"_s][u"message"_s].toString();
    for (const QString &id : unknown)
        QVERIFY2(message.contains(id), qPrintable(message));
    QVERIFY2(!message.contains(m_knownLimit), qPrintable(message));
    QCOMPARE(m_running->calls(), before);
    QCOMPARE(eventsAfter, eventsBefore);
    QCOMPARE(m_running->call("GET", limitPath).json(), limitBefore);
}

void TestIngestApi::tokenOrApiKey_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status");

    QTest::newRow("none") << QByteArray() << QByteArray() << 401;
    QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer pay-key-7") << 200;
    QTest::newRow("xProxy-api-key") << QByteArray("xProxy-api-key") << QByteArray("pay-key-7") << 200;
    QTest::newRow("wrong xProxy-api-key") << QByteArray("xProxy-api-key") << QByteArray("pay-key-8") << 401;
    QTest::newRow("empty xProxy-api-key") << QByteArray("xProxy-api-key") << QByteArray() << 401;
}

void TestIngestApi::tokenOrApiKey()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, status);

    QTemporaryDir dir;
    backend::ServerOptions options;
    options.token = u"pay-key-7"_s;
    auto running = RunningBackend::start(dir.path(), options);
    QVERIFY(running);
    HttpProbe::Headers headers;
    if (!header.isEmpty())
        headers.append({header, value});
    const HttpProbe::Reply reply = running->call("POST", u"/api/v1/ingest?id=chatcmpl-key"_s, packet(), headers);
    QCOMPARE(reply.status, status);
    QCOMPARE(running->calls(), status == 200 ? 1 : 0);
    if (status != 200) {
        QCOMPARE(xproxyCodeOf(reply), u"unauthorized"_s);
        return;
    }
    // The key is the token, nothing more: not on the event, not in the ledger's files.
    const HttpProbe::Reply events = running->call("GET", u"/events"_s, {}, {{"Authorization", "Bearer pay-key-7"}});
    QCOMPARE(events.status, 200);
    QCOMPARE(events.json()[u"events"_s].toArray().size(), 1);
    QVERIFY(!events.body.contains("pay-key"));
    // The API's other routes still take the bearer token only.
    QCOMPARE(running->call("GET", u"/events"_s, {}, {{"xProxy-api-key", "pay-key-7"}}).status, 401);
    running->backend->ledger().flush();
    const QString ledgerDir = QFileInfo(running->backend->ledger().path()).absolutePath();
    const QStringList files = QDir(ledgerDir).entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(ledgerDir + u'/' + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("pay-key-7"), qPrintable(name));
    }
}

// Each ingested call's source is the app that sent it: the SDK's instrumented module (else its
// User-Agent) and a fingerprint of its key (xProxy-api-key, else the bearer token), never the
// key. The headers worth showing are kept with it, in the order sent; no credential is.
void TestIngestApi::sourceOfAPacket_data()
{
    QTest::addColumn<HttpProbe::Headers>("headers");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("kept"); // the names of the headers kept, in order

    QTest::newRow("as the SDK sends it") << HttpProbe::Headers{{"User-Agent", "Payi/Python 0.1.0-alpha.177"},
                                                               {"X-Stainless-Lang", "python"},
                                                               {"xProxy-api-key", "k-secret-1"},
                                                               {"xProxy-UseCase-Name", "summarize"},
                                                               {"xProxy-Instrumented-Module", "openai/2.34.0"},
                                                               {"x-stainless-retry-count", "0"},
                                                               {"Content-Type", "application/json"}}
                                         << u"openai/2.34.0 · "_s + fingerprint("k-secret-1")
                                         << QStringList{u"User-Agent"_s, u"X-Stainless-Lang"_s,
                                                        u"xProxy-UseCase-Name"_s, u"xProxy-Instrumented-Module"_s,
                                                        u"x-stainless-retry-count"_s};
    QTest::newRow("the key as a bearer token")
        << HttpProbe::Headers{{"Authorization", "Bearer k-secret-2"}, {"xProxy-Instrumented-Module", "openai/2.34.0"}}
        << u"openai/2.34.0 · "_s + fingerprint("k-secret-2") << QStringList{u"xProxy-Instrumented-Module"_s};
    QTest::newRow("xProxy-api-key before the bearer token")
        << HttpProbe::Headers{{"Authorization", "Bearer k-secret-3"}, {"xProxy-api-key", "k-secret-4"}}
        << u"unknown module · "_s + fingerprint("k-secret-4") << QStringList();
    QTest::newRow("no module: the user agent")
        << HttpProbe::Headers{{"User-Agent", "curl/8.0.1"}} << u"curl/8.0.1 · no key"_s << QStringList{u"User-Agent"_s};
    QTest::newRow("nothing to tell") << HttpProbe::Headers{} << u"unknown module · no key"_s << QStringList();
    QTest::newRow("credentials are never kept")
        << HttpProbe::Headers{{"xProxy-api-key", "k-secret-5"},
                              {"Cookie", "session=k-secret-6"},
                              {"X-Api-Key", "k-secret-7"},
                              {"Proxy-Authorization", "Basic k-secret-8"},
                              {"X-Stainless-Auth-Token", "k-secret-9"},
                              {"X-Stainless-Helper", "says k-secret-5 aloud"}}
        << u"unknown module · "_s + fingerprint("k-secret-5") << QStringList{u"X-Stainless-Helper"_s};
}

void TestIngestApi::sourceOfAPacket()
{
    QFETCH(HttpProbe::Headers, headers);
    QFETCH(QString, source);
    QFETCH(QStringList, kept);

    const HttpProbe::Reply reply = ingest(packet(), headers);
    QCOMPARE(reply.status, 200);
    const QJsonObject event = lastEvent();
    QCOMPARE(event[u"request_id"_s].toString(), reply.json()[u"request_id"_s].toString());
    QCOMPARE(event[u"source"_s].toString(), source);
    const QJsonArray sent = event[u"source_headers"_s].toArray();
    QCOMPARE(headerNames(sent), kept);
    for (const QJsonValue &header : sent) {
        const QString name = header[u"name"_s].toString();
        const QByteArray value = std::find_if(headers.cbegin(), headers.cend(), [&](const auto &h) {
                                     return QString::fromLatin1(h.first) == name;
                                 })->second;
        if (value.contains("k-secret"))
            QCOMPARE(header[u"value"_s].toString(), u"(not kept: it holds the key)"_s);
        else
            QCOMPARE(header[u"value"_s].toString(), QString::fromUtf8(value));
    }
    const HttpProbe::Reply events = m_running->call("GET", u"/events?after=0&limit=1000"_s);
    QVERIFY(!events.body.contains("k-secret"));
    const payi::CallEvent stored = lastStored();
    QCOMPARE(stored.source, source);
    QCOMPARE(stored.sourceHeaders.size(), kept.size());
}

void TestIngestApi::eventsOfOneSource_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("sources"); // of the events answered, in order

    const QString a = u"openai/2.34.0 · "_s + fingerprint("key-a");
    const QString b = u"anthropic/0.69.0 · "_s + fingerprint("key-b");
    const QString own = u"document app"_s;
    QTest::newRow("every source") << QString() << QStringList{own, a, b, a};
    QTest::newRow("the document app") << sourceQuery(own) << QStringList{own};
    QTest::newRow("app A") << sourceQuery(a) << QStringList{a, a};
    QTest::newRow("app A, + for spaces") << sourceQuery(a, true) << QStringList{a, a};
    QTest::newRow("app B") << sourceQuery(b) << QStringList{b};
    QTest::newRow("app A after its first") << sourceQuery(a) + u"&after=2"_s << QStringList{a};
    QTest::newRow("app A, a page of one") << sourceQuery(a) + u"&limit=1"_s << QStringList{a};
    QTest::newRow("a source that never reported") << sourceQuery(u"openai/2.34.0 · no key"_s) << QStringList();
}

void TestIngestApi::eventsOfOneSource()
{
    QFETCH(QString, query);
    QFETCH(QStringList, sources);
    startSources();
    const HttpProbe::Reply reply = m_sources->call("GET", u"/events?"_s + query);
    QCOMPARE(reply.status, 200);
    const QJsonArray events = reply.json()[u"events"_s].toArray();
    QStringList answered;
    for (const QJsonValue &event : events)
        answered << event[u"source"_s].toString();
    QCOMPARE(answered, sources);
    if (!events.isEmpty())
        QCOMPARE(reply.json()[u"next_after"_s].toInteger(), events.last()[u"seq"_s].toInteger());
}

void TestIngestApi::sourcesAreListedWithTheirTotals()
{
    startSources();
    const HttpProbe::Reply reply = m_sources->call("GET", u"/sources"_s);
    QCOMPARE(reply.status, 200);
    const QJsonArray sources = reply.json()[u"sources"_s].toArray();
    QCOMPARE(sources.size(), 3);
    const QString a = u"openai/2.34.0 · "_s + fingerprint("key-a");
    // The document app first, then each app in the order it first reported.
    QCOMPARE(sources[0][u"source"_s].toString(), u"document app"_s);
    QCOMPARE(sources[0][u"kind"_s].toString(), u"document_app"_s);
    QVERIFY(sources[0][u"module"_s].isNull());
    QCOMPARE(sources[1][u"source"_s].toString(), a);
    QCOMPARE(sources[1][u"kind"_s].toString(), u"outside_app"_s);
    QCOMPARE(sources[1][u"module"_s].toString(), u"openai/2.34.0"_s);
    QCOMPARE(sources[1][u"app"_s].toString(), fingerprint("key-a"));
    QCOMPARE(sources[2][u"app"_s].toString(), fingerprint("key-b"));
    QCOMPARE(sources[1][u"calls"_s].toInt(), 2);
    QCOMPARE(sources[2][u"calls"_s].toInt(), 1);
    // Each total is the exact sum of the source's events (0.004 USD a packet), as a decimal.
    QCOMPARE(sources[1][u"cost"_s][u"total"_s].toString(), u"0.008"_s);
    QCOMPARE(sources[2][u"cost"_s][u"total"_s].toString(), u"0.004"_s);
    const QJsonArray own =
        m_sources->call("GET", u"/events?"_s + sourceQuery(u"document app"_s)).json()[u"events"_s].toArray();
    QCOMPARE(own.size(), 1);
    QCOMPARE(sources[0][u"cost"_s][u"total"_s].toString(), own[0][u"cost"_s][u"total"_s].toString());
    QCOMPARE(sources[1][u"last_activity"_s].toString().size(), 24);
    const QJsonObject totals = reply.json()[u"totals"_s].toObject();
    QCOMPARE(totals[u"calls"_s].toInt(), 4);

    // A new ledger: the document app is listed before its first call.
    QTemporaryDir dir;
    auto empty = RunningBackend::start(dir.path());
    QVERIFY(empty);
    const QJsonArray none = empty->call("GET", u"/sources"_s).json()[u"sources"_s].toArray();
    QCOMPARE(none.size(), 1);
    QCOMPARE(none[0][u"source"_s].toString(), u"document app"_s);
    QCOMPARE(none[0][u"calls"_s].toInt(), 0);
    QCOMPARE(none[0][u"last_activity"_s].toString(), QString());
}

void TestIngestApi::useCasesOfOneSource()
{
    startSources();
    const auto names = [this](const QString &query) {
        QStringList list;
        for (const QJsonValue &useCase :
             m_sources->call("GET", u"/use-cases"_s + query).json()[u"use_cases"_s].toArray())
            list << useCase[u"use_case_name"_s].toString();
        list.sort();
        return list;
    };
    QCOMPARE(names(QString()), (QStringList{u"classify"_s, u"create_document"_s, u"summarize"_s}));
    QCOMPARE(names(u"?"_s + sourceQuery(u"openai/2.34.0 · "_s + fingerprint("key-a"))), QStringList{u"summarize"_s});
    QCOMPARE(names(u"?"_s + sourceQuery(u"document app"_s)), QStringList{u"create_document"_s});
    const QJsonObject b =
        m_sources->call("GET", u"/use-cases?"_s + sourceQuery(u"anthropic/0.69.0 · "_s + fingerprint("key-b"))).json();
    QCOMPARE(b[u"totals"_s][u"calls"_s].toInt(), 1);
    QCOMPARE(b[u"use_cases"_s][0][u"cost"_s][u"total"_s].toString(), u"0.004"_s);
}

void TestIngestApi::exportOfOneSource_data()
{
    QTest::addColumn<backend::EventFormat>("format");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("events");
    const QString a = u"openai/2.34.0 · "_s + fingerprint("key-a");
    QTest::newRow("CSV, every source") << backend::EventFormat::Csv << QString() << 4;
    QTest::newRow("CSV, app A") << backend::EventFormat::Csv << a << 2;
    QTest::newRow("JSON Lines, every source") << backend::EventFormat::JsonLines << QString() << 4;
    QTest::newRow("JSON Lines, the document app") << backend::EventFormat::JsonLines << u"document app"_s << 1;
    QTest::newRow("JSON Lines, app A") << backend::EventFormat::JsonLines << a << 2;
}

// The window's export, through the facade, of what the server recorded.
void TestIngestApi::exportOfOneSource()
{
    QFETCH(backend::EventFormat, format);
    QFETCH(QString, source);
    QFETCH(int, events);
    startSources();
    const QString path = m_dir.filePath(u"export-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    QFuture<base::Result<qint64>> written = m_sources->backend->exportEvents(path, format, source);
    written.waitForFinished();
    QVERIFY(written.result());
    QCOMPARE(*written.result(), qint64(events));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    if (format == backend::EventFormat::Csv) {
        QCOMPARE(lines.size(), events + 1);
        // Six columns come after usage_estimated (issue 22), none holding a comma here.
        QVERIFY(lines.first().contains(",source,attempts,usage_estimated,"));
        for (const QByteArray &line : lines.mid(1)) {
            const QString last = QString::fromUtf8(line.trimmed()).section(u',', -9, -9);
            QVERIFY(source.isEmpty() ? !last.isEmpty() : last == source);
        }
    } else {
        QCOMPARE(lines.size(), events);
        for (const QByteArray &line : lines) {
            const QJsonObject event = object(line);
            QVERIFY(source.isEmpty() || event[u"source"_s].toString() == source);
            QCOMPARE(event[u"source_headers"_s].toArray().isEmpty(),
                     event[u"source"_s].toString() == u"document app"_s);
        }
    }
    QVERIFY(!file.fileName().isEmpty());
    file.close();
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QVERIFY(!again.readAll().contains("key-a"));
}

// The key an app reports with is hashed and forgotten: it is in no file of the data folder
// and in nothing the server logs, whether the packet is taken, refused or a duplicate, and
// when it is the server's token.
void TestIngestApi::theKeyIsNeverStoredNorLogged()
{
    QTemporaryDir dir;
    backend::ServerOptions options;
    options.token = u"token-key-never-kept-7"_s;
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepLogged);
    {
        auto running = RunningBackend::start(dir.path(), options);
        QVERIFY(running);
        const QByteArray keys[] = {"token-key-never-kept-7", "wrong-key-never-kept-8"};
        const HttpProbe::Headers sdk{{"xProxy-Instrumented-Module", "openai/2.34.0"},
                                     {"User-Agent", "Payi/Python 0.1.0-alpha.177"}};
        const auto send = [&](const QByteArray &key, const QByteArray &body, const QString &query) {
            HttpProbe::Headers headers = sdk;
            headers.append({"xProxy-api-key", key});
            return running->call("POST", u"/api/v1/ingest"_s + query, body, headers).status;
        };
        QCOMPARE(send(keys[0], packet(), u"?id=chatcmpl-kept"_s), 200);
        QCOMPARE(send(keys[0], packet(), u"?id=chatcmpl-kept"_s), 200); // a duplicate
        QCOMPARE(send(keys[0], packet({{u"resource"_s, 5}}), QString()), 400);
        QCOMPARE(send(keys[1], packet(), QString()), 401);
        QCOMPARE(send(keys[0], packet().append(QByteArray(1024 * 1024, ' ')), QString()), 413); // logged
        QCOMPARE(running
                     ->call("POST", u"/api/v1/ingest"_s, packet(),
                            {{"Authorization", "Bearer " + keys[0]}, {"X-Stainless-Lang", "python"}})
                     .status,
                 200);
        QCOMPARE(running->calls(), 2);
        const HttpProbe::Reply sources =
            running->call("GET", u"/sources"_s, {}, {{"Authorization", "Bearer " + keys[0]}});
        QCOMPARE(sources.status, 200);
        QCOMPARE(sources.json()[u"sources"_s][1][u"source"_s].toString(), u"openai/2.34.0 · "_s + fingerprint(keys[0]));
        for (const QByteArray &key : keys)
            QVERIFY(!sources.body.contains(key));
        running->backend->ledger().flush();
        running->backend->shutdown(std::chrono::seconds(5));
        running.reset();
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY(files.contains(u"ledger.sqlite"_s));
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray &key : keys)
                QVERIFY2(!bytes.contains(key), qPrintable(name));
        }
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    const QMutexLocker lock(&g_loggedMutex);
    QVERIFY2(g_logged.join(u'\n').contains(u"refused a request: 413"_s), qPrintable(g_logged.join(u'\n')));
    for (const QString &line : std::as_const(g_logged))
        QVERIFY2(!line.contains(u"never-kept"_s), qPrintable(line));
}

QTEST_MAIN(TestIngestApi)
#include "tst_ingestapi.moc"
