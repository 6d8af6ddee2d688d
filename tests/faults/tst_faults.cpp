#include "support/HeadlessCostbench.h"
#include "support/HttpProbe.h"

#include "backend/Backend.h"
#include "payi/Instrumentation.h"
#include "payi/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Every event of the ledger behind url, read page by page.
QList<QJsonObject> allEvents(HttpProbe &probe)
{
    QList<QJsonObject> events;
    qint64 after = 0;
    for (;;) {
        const QJsonObject page = probe.call("GET", u"/events?after=%1&limit=1000"_s.arg(after)).json();
        const QJsonArray list = page.value(u"events"_s).toArray();
        if (list.isEmpty())
            return events;
        for (const QJsonValue &e : list)
            events.append(e.toObject());
        after = page.value(u"next_after"_s).toInteger();
    }
}

struct InProcess
{
    QTemporaryDir dir;
    std::unique_ptr<payi::Instrumentation> instrumentation;
    std::unique_ptr<backend::Backend> backend;
    std::unique_ptr<HttpProbe> probe;
};

std::unique_ptr<InProcess> startInProcess()
{
    auto s = std::make_unique<InProcess>();
    backend::ServerOptions options;
    options.port = 0;
    options.dataDir = s->dir.path();
    options.simLatencyMs = 100;
    options.simulation = backend::SimulationSettings{.baseLatencyMs = 100, .perTokenMs = 0};
    options.providerTimeoutMs = 2000;
    payi::Config config;
    config.globalInstrumentation = false;
    config.prices = *backend::Backend::loadPrices(options);
    s->instrumentation = std::make_unique<payi::Instrumentation>(config);
    base::Result<std::unique_ptr<backend::Backend>> backend = backend::Backend::start(options, *s->instrumentation);
    if (!backend)
        return nullptr;
    s->backend = std::move(backend).value();
    s->probe = std::make_unique<HttpProbe>(s->backend->url());
    return s;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void killMinusNineUnderLoad();
    void retentionSurvivesAKill();
    void providerFaultsUnderLoad();
    void blockLimitUnderLoad();
};

void TestFaults::killMinusNineUnderLoad()
{
    QTemporaryDir data;
    HeadlessCostbench first; // a child process, so that it can be killed for real
    QVERIFY(first.start({u"--data-dir"_s, data.path()}));
    HttpProbe probe(first.url);
    const HttpProbe::Reply seedDoc = probe.call("POST", u"/documents"_s, R"({"prompt":"a quay"})");
    QCOMPARE(seedDoc.status, 201);
    const QString docId = seedDoc.json().value(u"document_id"_s).toString();

    // Concurrent creates and appends, the server killed half-way through.
    QHash<QString, QString> acknowledged; // request id -> document id
    int answered = 0;
    constexpr int Requests = 400;
    for (int i = 0; i < Requests; ++i) {
        const bool create = i % 2 == 0;
        probe.send("POST", create ? u"/documents"_s : u"/documents/%1/append"_s.arg(docId),
                   create ? QByteArray(R"({"prompt":"wave"})") : QByteArray(R"({"text":"more"})"), {},
                   [&](HttpProbe::Reply r) {
                       ++answered;
                       if (r.status / 100 == 2)
                           acknowledged.insert(
                               r.json().value(u"tracking"_s).toObject().value(u"request_id"_s).toString(),
                               r.json().value(u"document_id"_s).toString());
                   });
    }
    QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 60, 30000);
    ::kill(pid_t(first.process.processId()), SIGKILL);
    QVERIFY(first.process.waitForFinished(10000));
    QCOMPARE(first.process.exitStatus(), QProcess::CrashExit);
    QTRY_COMPARE_WITH_TIMEOUT(answered, Requests, 30000); // the rest fail: connection reset
    QVERIFY(acknowledged.size() < Requests);

    HeadlessCostbench second;
    QVERIFY(second.start({u"--data-dir"_s, data.path()}));
    HttpProbe after(second.url);
    const QList<QJsonObject> events = allEvents(after);
    QSet<QString> eventIds;
    QSet<QString> requestsWithEvents;
    for (const QJsonObject &e : events) {
        eventIds.insert(e.value(u"event_id"_s).toString());
        requestsWithEvents.insert(e.value(u"request_id"_s).toString());
    }
    QCOMPARE(eventIds.size(), events.size()); // no event twice
    int lost = 0;
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        lost += !requestsWithEvents.contains(it.key());
        lost += after.call("GET", u"/documents/%1"_s.arg(it.value())).status != 200;
    }
    qInfo("kill -9: %lld answered 2xx, %lld events after restart, lost %d", qlonglong(acknowledged.size()),
          qlonglong(events.size()), lost);
    QCOMPARE(lost, 0);
    QCOMPARE(second.stop(SIGTERM), 0);
}

// Retention at work (a 1 MiB budget, soon passed) when the server is killed: after the
// restart every answered request's event is there, the dropped texts are still exactly the
// oldest (the position and the drop are one transaction), retention goes on from where it
// was, and the totals are those of the events.
void TestFaults::retentionSurvivesAKill()
{
    QTemporaryDir data;
    const QStringList options{u"--data-dir"_s, data.path(), u"--retention-bytes"_s, u"1M"_s};
    HeadlessCostbench first;
    QVERIFY(first.start(options));
    HttpProbe probe(first.url);
    QCOMPARE(probe.call("PUT", u"/sim/settings"_s, R"({"base_latency_ms":0,"per_token_ms":0})").status, 200);
    const QString firstDoc =
        probe.call("POST", u"/documents"_s, R"({"prompt":"a quay"})").json().value(u"document_id"_s).toString();
    QVERIFY(!firstDoc.isEmpty());

    QSet<QString> acknowledged; // request ids
    int answered = 0;
    const auto create = [&](int i) {
        probe.send("POST", u"/documents"_s, R"({"prompt":"wave %1"})"_ba.replace("%1", QByteArray::number(i)), {},
                   [&](HttpProbe::Reply r) {
                       ++answered;
                       if (r.status / 100 == 2)
                           acknowledged.insert(
                               r.json().value(u"tracking"_s).toObject().value(u"request_id"_s).toString());
                   });
    };
    const auto droppedThrough = [](HttpProbe &server) {
        return server.call("GET", u"/ledger"_s).json().value(u"texts_dropped_through_seq"_s).toInteger();
    };
    int sent = 0;
    for (; sent < 5000 && droppedThrough(probe) == 0; ++sent) {
        create(sent);
        if (sent % 100 == 99) // a hundred in flight at a time
            QTRY_VERIFY_WITH_TIMEOUT(answered > sent - 100, 30000);
    }
    const qint64 droppedBefore = droppedThrough(probe);
    QVERIFY2(droppedBefore > 0, "retention never ran");
    // More calls, so that retention is still dropping, and answers are in flight, at the kill.
    for (int i = 0; i < 300; ++i)
        create(sent + i);
    QTRY_VERIFY_WITH_TIMEOUT(answered > sent, 30000);
    ::kill(pid_t(first.process.processId()), SIGKILL);
    QVERIFY(first.process.waitForFinished(10000));
    QTRY_COMPARE_WITH_TIMEOUT(answered, sent + 300, 30000); // the rest fail: connection reset

    HeadlessCostbench second;
    QVERIFY(second.start(options));
    HttpProbe after(second.url);
    QTRY_VERIFY_WITH_TIMEOUT(after.call("GET", u"/ledger"_s).json().value(u"texts_dropped_through_seq"_s).toInteger()
                                 >= droppedBefore,
                             10000);
    const QList<QJsonObject> events = allEvents(after);
    QSet<QString> requestsWithEvents;
    qint64 lastDropped = 0;
    qint64 firstKept = 0;
    payi::Money total;
    for (const QJsonObject &e : events) {
        requestsWithEvents.insert(e.value(u"request_id"_s).toString());
        const qint64 seq = e.value(u"seq"_s).toInteger();
        if (e.value(u"texts_dropped_by_retention"_s).toBool())
            lastDropped = seq;
        else if (!firstKept)
            firstKept = seq;
        total = *total.checkedAdd(
            *payi::Money::parse(e.value(u"cost"_s).toObject().value(u"total"_s).toString())); // the event's own
    }
    QVERIFY(lastDropped >= droppedBefore);
    QVERIFY2(firstKept == 0 || lastDropped < firstKept, "a text was dropped after one that was kept");
    for (const QString &request : std::as_const(acknowledged))
        QVERIFY2(requestsWithEvents.contains(request), qPrintable(request));
    const QJsonObject totals = after.call("GET", u"/use-cases"_s).json().value(u"totals"_s).toObject();
    QCOMPARE(totals.value(u"calls"_s).toInteger(), events.size());
    QCOMPARE(totals.value(u"cost"_s).toObject().value(u"total"_s).toString(), total.toString());
    // The first document's revision went with its call's texts, and says so; its content stays.
    const QJsonObject document = after.call("GET", u"/documents/%1"_s.arg(firstDoc)).json();
    const QJsonObject revision = document.value(u"revisions"_s).toArray().first().toObject();
    QCOMPARE(revision.value(u"content_dropped_by_retention"_s).toBool(), true);
    QVERIFY(revision.value(u"content"_s).isNull());
    QVERIFY(!document.value(u"content"_s).toString().isEmpty());
    qInfo("retention and kill -9: %lld answered, texts dropped through seq %lld before the kill, %lld after",
          qlonglong(acknowledged.size()), qlonglong(droppedBefore), qlonglong(lastDropped));
    QCOMPARE(second.stop(SIGTERM), 0);
}

void TestFaults::providerFaultsUnderLoad()
{
    auto s = startInProcess();
    QVERIFY(s);
    QCOMPARE(s->probe->call("PUT", u"/sim/settings"_s, R"({"fault_kind":"mixed","failure_rate":0.3})").status, 200);
    constexpr int Requests = 300;
    int answered = 0;
    int failedAnswers = 0;
    for (int i = 0; i < Requests; ++i) {
        s->probe->send("POST", u"/documents"_s, R"({"prompt":"storm"})", {{"X-User-Id", "u" + QByteArray::number(i)}},
                       [&](HttpProbe::Reply r) {
                           ++answered;
                           failedAnswers += r.status == 502 || r.status == 504;
                       });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, Requests, 60000);
    QVERIFY2(failedAnswers > Requests / 10, "the fault injection must have failed some calls");
    const QList<QJsonObject> events = allEvents(*s->probe);
    QCOMPARE(events.size(), Requests); // every call recorded exactly once
    int failedEvents = 0;
    for (const QJsonObject &e : events) {
        if (e.value(u"failure"_s).isObject()) {
            ++failedEvents;
            QCOMPARE(e.value(u"cost"_s).toObject().value(u"total"_s).toString(), u"0"_s); // never billed
        }
    }
    QCOMPARE(failedEvents, failedAnswers);
    QCOMPARE(s->backend->auditCounts().misattributed, 0);
    QCOMPARE(s->probe->call("GET", u"/healthz"_s).status, 200);
}

void TestFaults::blockLimitUnderLoad()
{
    auto s = startInProcess();
    QVERIFY(s);
    // A create reserves at most ~0.0615 USD (4,096 output tokens at 15 USD/M) and costs a few
    // thousandths: 1,000 requests would spend far more than three times this max.
    const HttpProbe::Reply limit =
        s->probe->call("POST", u"/limits"_s, R"({"limit_name":"load","max":"0.5","limit_type":"block"})");
    QCOMPARE(limit.status, 201);
    const QByteArray id = limit.json().value(u"limit_id"_s).toString().toUtf8();
    constexpr int Requests = 1000;
    int answered = 0;
    int refused = 0;
    int ok = 0;
    payi::Money billed;
    for (int i = 0; i < Requests; ++i) {
        s->probe->send("POST", u"/documents"_s, R"({"prompt":"tide"})", {{"X-Limit-Ids", id}}, [&](HttpProbe::Reply r) {
            ++answered;
            if (r.status == 429 && r.errorCode() == u"limit_blocked"_s)
                ++refused;
            if (r.status == 201) {
                ++ok;
                billed.addInPlace(*payi::Money::parse(
                    r.json().value(u"tracking"_s).toObject().value(u"cost"_s).toObject().value(u"total"_s).toString()));
            }
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, Requests, 120000);
    QCOMPARE(ok + refused, Requests);
    const payi::Limit stored = *s->instrumentation->limits().find(QString::fromUtf8(id));
    qInfo("limit under load: %d billed for %s USD, %d refused, spent %s of max %s", ok, qPrintable(billed.toString()),
          refused, qPrintable(stored.spent.toString()), qPrintable(stored.spec.max.toString()));
    QVERIFY(stored.spent <= stored.spec.max);
    QCOMPARE(stored.spent, billed);
    QVERIFY(refused > 0);
    QVERIFY(stored.reserved.isZero());
    // What the refused requests would have cost: at least three times max in all.
    QVERIFY(billed.pico() / std::max(ok, 1) * Requests >= 3 * stored.spec.max.pico());
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
