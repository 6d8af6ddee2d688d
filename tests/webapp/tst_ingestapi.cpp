// Pay-i's ingest call, POST /api/v1/ingest, through real HTTP on loopback: the packets the Pay-i
// Python SDK 0.1.0-alpha.177 sends (support/fixtures/sdk_ingest_*.http, recorded from the SDK with
// openai-python 2.34.0 against the simulated model), packets with every optional field and with
// none, a retried duplicate, and bad input answered with xproxy_error and nothing stored.
#include "RunningBackend.h"

#include "ledger/Ledger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

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
    void retriedPacketIsStoredOnce();
    void badInputStoresNothing_data();
    void badInputStoresNothing();
    void tokenOrApiKey_data();
    void tokenOrApiKey();

private:
    HttpProbe::Reply ingest(const QByteArray &body, const HttpProbe::Headers &headers = {}, const QString &query = {})
    {
        return m_running->call("POST", u"/api/v1/ingest"_s + query, body, headers);
    }
    // The last event the ledger holds, as GET /events answers it, and as stored.
    QJsonObject lastEvent();
    payi::CallEvent lastStored();

    QTemporaryDir m_dir;
    // One backend for every test: each compares what the ledger holds before and after.
    std::unique_ptr<RunningBackend> m_running;
};

void TestIngestApi::initTestCase()
{
    m_running = RunningBackend::start(m_dir.filePath(u"shared"_s));
    QVERIFY(m_running);
}

void TestIngestApi::cleanupTestCase()
{
    m_running.reset();
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
                                     {"xProxy-Limit-IDs", limitId.toUtf8() + ",no-such-limit"},
                                     {"xProxy-Instrumented-Module", "openai/2.34.0"},
                                     {"User-Agent", "Payi/Python 0.1.0-alpha.177"}};
    const HttpProbe::Reply reply = ingest(body, headers, u"?id=chatcmpl-every"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject result = xproxyResultOf(reply);
    // 1000 × 2.5 + 4000 × 0.25 = 3500 pico-units in, 100 × 15 = 1500 out: 0.005 USD, past max.
    QCOMPARE(result[u"cost"_s][u"total"_s][u"base"_s].toDouble(), 0.005);
    QCOMPARE(result[u"limits"_s].toObject(),
             QJsonObject({{limitId, QJsonObject{{u"state"_s, u"overrun"_s}}},
                          {u"no-such-limit"_s, QJsonObject{{u"state"_s, u"failed"_s}}}}));
    QCOMPARE(m_running->call("GET", u"/limits/"_s + limitId).json()[u"spent"_s].toString(), u"0.005"_s);

    const QJsonObject event = lastEvent();
    QCOMPARE(event[u"limit_ids"_s].toArray(), (QJsonArray{limitId, u"no-such-limit"_s}));
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

QTEST_MAIN(TestIngestApi)
#include "tst_ingestapi.moc"
