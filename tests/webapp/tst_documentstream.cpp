// Documents that stream (issue 21, point 2): POST /documents and /append with "stream": true,
// through the real server on loopback, a real ledger file and the simulated model.
#include "RunningBackend.h"

#include "net/SseParser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject object(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// A streamed answer, read whole: its status, Content-Type and events in order.
struct Streamed
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QList<net::SseEvent> events;

    static Streamed of(const HttpProbe::Reply &reply)
    {
        Streamed s{reply.status, {}, reply.body, {}};
        for (const QByteArray &line : reply.headers.split('\n')) {
            if (line.toLower().startsWith("content-type:"))
                s.contentType = line.mid(13).trimmed();
        }
        if (s.contentType == "text/event-stream")
            s.events = net::SseParser().feed(reply.body);
        return s;
    }
    // The text of the delta events, joined.
    QString text() const
    {
        QString joined;
        for (const net::SseEvent &e : events) {
            if (e.event == "delta")
                joined += object(e.data).value(u"text"_s).toString();
        }
        return joined;
    }
    qsizetype count(const QByteArray &name) const
    {
        return std::count_if(events.begin(), events.end(), [&](const net::SseEvent &e) { return e.event == name; });
    }
    QJsonObject last() const { return events.isEmpty() ? QJsonObject() : object(events.last().data); }
};

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

// The events the ledger holds, oldest first.
QList<QJsonObject> events(RunningBackend &s)
{
    QList<QJsonObject> all;
    for (const QJsonValue &v : s.call("GET", u"/events?after=0&limit=1000"_s).json().value(u"events"_s).toArray())
        all.append(v.toObject());
    return all;
}

QJsonObject eventOf(RunningBackend &s, const QString &requestId)
{
    for (const QJsonObject &e : events(s)) {
        if (e.value(u"request_id"_s).toString() == requestId)
            return e;
    }
    return {};
}

// A long prompt (over the 1,024 tokens from which the model caches a prompt).
QString longPrompt()
{
    QStringList words;
    for (int i = 0; i < 700; ++i)
        words.append(u"lantern %1"_s.arg(i));
    return words.join(u' ');
}

} // namespace

class TestDocumentStream : public QObject
{
    Q_OBJECT
private slots:
    void streamedWrite_data();
    void streamedWrite();
    void failures_data();
    void failures();
    void badInput_data();
    void badInput();
    void textArrivesBeforeTheEnd();
    void concurrentAppendsAttribution_data();
    void concurrentAppendsAttribution();
};

void TestDocumentStream::streamedWrite_data()
{
    QTest::addColumn<bool>("append");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("cached"); // the prompt was seen before: the usage reports cached tokens
    // The same write first without a stream, its "stream" member absent, false or null: the
    // answer the contract had before streams, whose shape the streamed one's last event has.
    QTest::addColumn<QJsonValue>("notStreamed");
    const QJsonValue absent(QJsonValue::Undefined);
    QTest::newRow("create, scoped") << false << u"scoped"_s << false << absent;
    QTest::newRow("append, scoped") << true << u"scoped"_s << false << QJsonValue(false);
    QTest::newRow("create, global") << false << u"global"_s << false << QJsonValue(QJsonValue::Null);
    QTest::newRow("append, global") << true << u"global"_s << false << absent;
    QTest::newRow("create, long prompt seen before") << false << u"scoped"_s << true << QJsonValue(false);
}

void TestDocumentStream::streamedWrite()
{
    QFETCH(bool, append);
    QFETCH(QString, mode);
    QFETCH(bool, cached);
    QFETCH(QJsonValue, notStreamed);
    QTemporaryDir dir;
    auto s = RunningBackend::start(dir.path());
    QVERIFY(s);
    QCOMPARE(s->call("PUT", u"/instrumentation"_s, json({{u"mode"_s, mode}})).status, 200);
    const QString prompt = cached ? longPrompt() : u"autumn leaves"_s;
    QJsonObject plainBody{{u"prompt"_s, prompt}};
    if (!notStreamed.isUndefined())
        plainBody.insert(u"stream"_s, notStreamed);
    const HttpProbe::Reply plain = s->call("POST", u"/documents"_s, json(plainBody));
    QCOMPARE(plain.status, 201);
    QVERIFY(plain.headers.toLower().contains("content-type: application/json"));
    QCOMPARE(keysOf(plain.json()), QStringList({u"content"_s, u"document_id"_s, u"tracking"_s}));
    const QString plainRequest = plain.json().value(u"tracking"_s).toObject().value(u"request_id"_s).toString();
    QVERIFY(!eventOf(*s, plainRequest).contains(u"time_to_first_token_ms"_s)); // not a stream
    const QString documentId = plain.json().value(u"document_id"_s).toString();
    QJsonObject expectedShape = plain.json();
    QString path = u"/documents"_s;
    QJsonObject body{{u"prompt"_s, prompt}, {u"stream"_s, true}};
    if (append) {
        QJsonObject plainAppendBody{{u"text"_s, u"and then winter"_s}};
        if (!notStreamed.isUndefined())
            plainAppendBody.insert(u"stream"_s, notStreamed);
        const HttpProbe::Reply plainAppend =
            s->call("POST", u"/documents/%1/append"_s.arg(documentId), json(plainAppendBody));
        QCOMPARE(plainAppend.status, 200);
        QVERIFY(plainAppend.headers.toLower().contains("content-type: application/json"));
        expectedShape = plainAppend.json();
        path = u"/documents/%1/append"_s.arg(documentId);
        body = {{u"text"_s, u"and the frost"_s}, {u"stream"_s, true}};
    }

    const Streamed streamed = Streamed::of(s->call("POST", path, json(body), {{"X-User-Id", "carol"}}));
    QCOMPARE(streamed.status, 200);
    QCOMPARE(streamed.contentType, QByteArray("text/event-stream"));
    QVERIFY2(streamed.count("delta") > 1, streamed.body.left(300).constData());
    QCOMPARE(streamed.count("document"), 1);
    QCOMPARE(streamed.events.last().event, QByteArray("document"));
    QCOMPARE(streamed.count("error"), 0);

    // The final event is the answer the request has without a stream, field for field.
    const QJsonObject final = streamed.last();
    QCOMPARE(keysOf(final), keysOf(expectedShape));
    QCOMPARE(keysOf(final.value(u"tracking"_s).toObject()), keysOf(expectedShape.value(u"tracking"_s).toObject()));
    const QString streamedId = final.value(u"document_id"_s).toString();
    if (append)
        QCOMPARE(streamedId, documentId);
    else
        QVERIFY(!streamedId.isEmpty() && streamedId != documentId);

    // The deltas, joined, are the stored revision.
    const QJsonObject stored = s->call("GET", u"/documents/%1"_s.arg(streamedId)).json();
    const QJsonObject revision = stored.value(u"revisions"_s).toArray().last().toObject();
    QCOMPARE(streamed.text(), revision.value(u"content"_s).toString());
    QCOMPARE(final.value(u"content"_s).toString(), streamed.text());
    QCOMPARE(revision.value(u"kind"_s).toString(), append ? u"append"_s : u"create"_s);

    // The call is in the ledger as a stream, with the usage of its last chunk.
    const QJsonObject tracking = final.value(u"tracking"_s).toObject();
    const QString requestId = tracking.value(u"request_id"_s).toString();
    QCOMPARE(revision.value(u"request_id"_s).toString(), requestId);
    const QJsonObject event = eventOf(*s, requestId);
    QVERIFY(!event.isEmpty());
    QCOMPARE(revision.value(u"event_id"_s).toString(), event.value(u"event_id"_s).toString());
    QVERIFY(event.value(u"time_to_first_token_ms"_s).isDouble());
    QCOMPARE(event.value(u"usage_estimated"_s).toBool(), false);
    QVERIFY(event.value(u"failure"_s).isNull());
    const QJsonObject units = event.value(u"units"_s).toObject();
    // Reasoning tokens come only with the provider's usage: an estimate has none.
    QVERIFY(units.value(u"reasoning"_s).toObject().value(u"output"_s).toInteger() > 0);
    QCOMPARE(units.value(u"text_cache_read"_s).toObject().value(u"input"_s).toInteger() > 0, cached);
    QCOMPARE(event.value(u"cost"_s).toObject(), tracking.value(u"cost"_s).toObject());

    // Attributed as the request asked, in either mode.
    QCOMPARE(tracking.value(u"use_case_name"_s).toString(), append ? u"append_document"_s : u"create_document"_s);
    QCOMPARE(tracking.value(u"user_id"_s).toString(), u"carol"_s);
    QCOMPARE(event.value(u"user_id"_s).toString(), u"carol"_s);
    if (append)
        QCOMPARE(event.value(u"use_case_id"_s).toString(), documentId);
    QCOMPARE(event.value(u"use_case_id"_s).toString(), tracking.value(u"use_case_id"_s).toString());
    QCOMPARE(s->call("GET", u"/audit"_s).json().value(u"misattributed"_s).toInt(), 0);
}

void TestDocumentStream::failures_data()
{
    QTest::addColumn<bool>("append");
    QTest::addColumn<QString>("fault");  // the simulated model's fault, at a rate of 1
    QTest::addColumn<bool>("midStream"); // answered with a stream that ends with `error`
    QTest::addColumn<int>("status");     // the status: 200 for a stream, else today's
    QTest::addColumn<QString>("code");   // error.code, in the error event or the body
    QTest::addColumn<bool>("withUnits"); // the failed event counts what the stream brought
    QTest::newRow("create: stream cut by the model")
        << false << u"stream_cut"_s << true << 200 << u"stream_cut"_s << true;
    QTest::newRow("append: stream cut by the model")
        << true << u"stream_cut"_s << true << 200 << u"stream_cut"_s << true;
    QTest::newRow("create: malformed chunk mid-stream")
        << false << u"malformed_body"_s << true << 200 << u"malformed_response"_s << true;
    QTest::newRow("append: 500 before the stream")
        << true << u"server_error"_s << false << 502 << u"http_error"_s << false;
    QTest::newRow("create: time-out before the stream")
        << false << u"timeout"_s << false << 504 << u"timeout"_s << false;
}

void TestDocumentStream::failures()
{
    QFETCH(bool, append);
    QFETCH(QString, fault);
    QFETCH(bool, midStream);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, withUnits);
    QTemporaryDir dir;
    backend::ServerOptions options;
    options.providerTimeoutMs = 1000;
    options.maxRetries = 0;
    auto s = RunningBackend::start(dir.path(), options);
    QVERIFY(s);
    const HttpProbe::Reply created = s->call("POST", u"/documents"_s, R"({"prompt":"a harbour"})");
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(u"document_id"_s).toString();
    const int documents = s->documents();
    const int revisions = s->call("GET", u"/documents/%1"_s.arg(id)).json().value(u"revision_count"_s).toInt();
    const qsizetype eventsBefore = events(*s).size();
    QCOMPARE(s->call("PUT", u"/sim/settings"_s, json({{u"fault_kind"_s, fault}, {u"failure_rate"_s, 1.0}})).status,
             200);

    const QString path = append ? u"/documents/%1/append"_s.arg(id) : u"/documents"_s;
    const QByteArray body = append ? R"({"text":"and gulls","stream":true})" : R"({"prompt":"gulls","stream":true})";
    const Streamed answer = Streamed::of(s->call("POST", path, body));
    QCOMPARE(answer.status, status);
    QJsonObject error;
    if (midStream) {
        QCOMPARE(answer.contentType, QByteArray("text/event-stream"));
        QVERIFY(answer.count("delta") > 0);
        QCOMPARE(answer.count("document"), 0);
        QCOMPARE(answer.events.last().event, QByteArray("error"));
        error = answer.last();
    } else {
        QCOMPARE(answer.contentType, QByteArray("application/json"));
        error = object(answer.body);
    }
    QCOMPARE(error.value(u"error"_s).toObject().value(u"code"_s).toString(), code);
    QVERIFY(!error.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());

    // Recorded once, as a failure; nothing stored.
    const QList<QJsonObject> after = events(*s);
    QCOMPARE(after.size(), eventsBefore + 1);
    const QJsonObject e = after.last();
    QCOMPARE(e.value(u"failure"_s).toObject().value(u"kind"_s).toString(), code);
    QCOMPARE(e.value(u"cost"_s).toObject().value(u"total"_s).toString(), u"0"_s);
    const QJsonObject text = e.value(u"units"_s).toObject().value(u"text"_s).toObject();
    QCOMPARE(text.value(u"output"_s).toInteger() > 0, withUnits);
    // Cut before its usage chunk: the units are estimated, and the event says so.
    QCOMPARE(e.value(u"usage_estimated"_s).toBool(), withUnits);
    if (withUnits) // one token a content chunk; a delta event carries one chunk or more
        QVERIFY(text.value(u"output"_s).toInteger() >= answer.count("delta"));
    QCOMPARE(s->documents(), documents);
    QCOMPARE(s->call("GET", u"/documents/%1"_s.arg(id)).json().value(u"revision_count"_s).toInt(), revisions);
}

void TestDocumentStream::badInput_data()
{
    QTest::addColumn<bool>("append");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("create: stream a string")
        << false << QByteArray(R"({"prompt":"x","stream":"yes"})") << u"invalid_field"_s;
    QTest::newRow("create: stream a number")
        << false << QByteArray(R"({"prompt":"x","stream":1})") << u"invalid_field"_s;
    QTest::newRow("create: stream an object")
        << false << QByteArray(R"({"prompt":"x","stream":{}})") << u"invalid_field"_s;
    QTest::newRow("append: stream a string")
        << true << QByteArray(R"({"text":"x","stream":"true"})") << u"invalid_field"_s;
    QTest::newRow("append: stream a list")
        << true << QByteArray(R"({"text":"x","stream":[true]})") << u"invalid_field"_s;
}

void TestDocumentStream::badInput()
{
    QFETCH(bool, append);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QTemporaryDir dir;
    auto s = RunningBackend::start(dir.path());
    QVERIFY(s);
    const HttpProbe::Reply created = s->call("POST", u"/documents"_s, R"({"prompt":"a harbour"})");
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(u"document_id"_s).toString();
    const qsizetype eventsBefore = events(*s).size();

    const HttpProbe::Reply reply = s->call("POST", append ? u"/documents/%1/append"_s.arg(id) : u"/documents"_s, body);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.headers.toLower().contains("content-type: application/json"));
    QCOMPARE(reply.errorCode(), code);
    // Nothing changed: no call, no document, no revision.
    QCOMPARE(events(*s).size(), eventsBefore);
    QCOMPARE(s->documents(), 1);
    QCOMPARE(s->call("GET", u"/documents/%1"_s.arg(id)).json().value(u"revision_count"_s).toInt(), 1);
}

void TestDocumentStream::textArrivesBeforeTheEnd()
{
    // 20 ms a token: the text of a poem takes a second or more to come, and the client has its
    // first piece long before the document.
    QTemporaryDir dir;
    auto s = RunningBackend::start(dir.path());
    QVERIFY(s);
    QCOMPARE(s->call("PUT", u"/sim/settings"_s, R"({"per_token_ms":20})").status, 200);
    QTcpSocket socket;
    const QUrl base = s->backend->url();
    socket.connectToHost(base.host(), quint16(base.port()));
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer clock;
    clock.start();
    socket.write(HttpProbe::request("POST", u"/documents"_s, R"({"prompt":"a slow tide","stream":true})", {}));
    QByteArray raw;
    qint64 firstDeltaMs = -1;
    qint64 documentMs = -1;
    while (documentMs < 0 && clock.elapsed() < 20'000) {
        socket.waitForReadyRead(100);
        raw += socket.readAll();
        if (firstDeltaMs < 0 && raw.contains("event: delta\n"))
            firstDeltaMs = clock.elapsed();
        if (raw.contains("event: document\n"))
            documentMs = clock.elapsed();
    }
    QVERIFY(firstDeltaMs >= 0);
    QVERIFY(documentMs >= 0);
    QVERIFY2(documentMs - firstDeltaMs >= 300,
             qPrintable(u"first delta at %1 ms, document at %2 ms"_s.arg(firstDeltaMs).arg(documentMs)));
}

void TestDocumentStream::concurrentAppendsAttribution_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("scoped") << u"scoped"_s;
    QTest::newRow("global") << u"global"_s;
}

void TestDocumentStream::concurrentAppendsAttribution()
{
    // 200 streamed appends in flight at once over 20 documents, each with its own user: in
    // scoped mode each call keeps its request's attribution for the whole stream; in global
    // mode they overwrite each other, as the seed warns.
    QFETCH(QString, mode);
    QTemporaryDir dir;
    backend::ServerOptions options;
    options.providerTimeoutMs = 60'000;
    auto s = RunningBackend::start(dir.path(), options);
    QVERIFY(s);
    QStringList documents;
    for (int d = 0; d < 20; ++d)
        documents.append(s->call("POST", u"/documents"_s, json({{u"prompt"_s, u"doc %1"_s.arg(d)}}))
                             .json()
                             .value(u"document_id"_s)
                             .toString());
    QVERIFY(!documents.contains(QString()));
    QCOMPARE(s->call("PUT", u"/sim/settings"_s, R"({"base_latency_ms":1000})").status, 200);
    QCOMPARE(s->call("PUT", u"/instrumentation"_s, json({{u"mode"_s, mode}})).status, 200);

    constexpr int Requests = 200;
    QHash<QString, QPair<QString, QString>> expected; // request id -> (user, document)
    int answered = 0;
    int streamedOk = 0;
    for (int i = 0; i < Requests; ++i) {
        const QString user = u"user-%1"_s.arg(i);
        const QString document = documents.at(i % documents.size());
        s->probe->send("POST", u"/documents/%1/append"_s.arg(document),
                       json({{u"text"_s, u"line %1"_s.arg(i)}, {u"stream"_s, true}}), {{"X-User-Id", user.toUtf8()}},
                       [&, user, document](HttpProbe::Reply r) {
                           ++answered;
                           const Streamed streamed = Streamed::of(r);
                           if (streamed.status != 200 || streamed.count("document") != 1)
                               return;
                           ++streamedOk;
                           expected.insert(
                               streamed.last().value(u"tracking"_s).toObject().value(u"request_id"_s).toString(),
                               {user, document});
                       });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, Requests, 60000);
    QCOMPARE(streamedOk, Requests);

    int misattributed = 0;
    int seen = 0;
    for (const QJsonObject &e : events(*s)) {
        const auto it = expected.constFind(e.value(u"request_id"_s).toString());
        if (it == expected.cend())
            continue;
        ++seen;
        QVERIFY(e.value(u"time_to_first_token_ms"_s).isDouble());
        misattributed +=
            e.value(u"user_id"_s).toString() != it->first || e.value(u"use_case_id"_s).toString() != it->second;
    }
    QCOMPARE(seen, Requests);
    QCOMPARE(s->call("GET", u"/audit"_s).json().value(u"misattributed"_s).toInt(), misattributed);
    if (mode == u"scoped"_s) {
        QCOMPARE(misattributed, 0);
    } else {
        qInfo("global mode: %d of %d streamed appends misattributed", misattributed, Requests);
        QVERIFY2(misattributed > 0, "global mode must show the collisions the seed warns of");
    }
}

QTEST_GUILESS_MAIN(TestDocumentStream)
#include "tst_documentstream.moc"
