#include "support/ReplayServer.h"

#include "payi/IngestSink.h"

#include <QJsonDocument>
#include <QTest>

#include <atomic>

using payi::CallEvent;
using payi::IngestSink;

class TestIngestSink : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsTheEnvironment();
    void sendsEachEventWithItsAttribution();
    void retriesWithBackoff();
    void givesUpAfterItsAttempts();
    void doesNotRetryARefusal();
    void dropsTheOldestWhenFull();
    void neverLogsTheKey();

private:
    IngestSink::Options options() const;

    std::unique_ptr<ReplayServer> m_payi;
};

namespace {

const QString ApiKey = QStringLiteral("sk-payi-secret-987");

CallEvent callEvent(const QString &id)
{
    CallEvent e;
    e.eventId = id;
    e.requestId = id;
    e.category = QStringLiteral("system.openai");
    e.resource = QStringLiteral("gpt-5.4");
    e.eventTimestamp = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    e.httpStatusCode = 200;
    e.units.insert(payi::unit::text(), {120, 48});
    e.attribution.useCaseName = QStringLiteral("append_document");
    e.attribution.useCaseId = QStringLiteral("doc-42");
    e.attribution.userId = QStringLiteral("alice");
    e.attribution.limitIds = {QStringLiteral("l1"), QStringLiteral("l2")};
    return e;
}

// Collects warnings to check what reaches the log.
QStringList g_log;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

} // namespace

IngestSink::Options TestIngestSink::options() const
{
    IngestSink::Options o;
    o.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_payi->port()));
    o.apiKey = ApiKey;
    o.initialBackoffMs = 10;
    o.maxBackoffMs = 40;
    return o;
}

void TestIngestSink::init()
{
    m_payi = std::make_unique<ReplayServer>();
    m_payi->replay(QStringLiteral("ingest_ok"));
}

void TestIngestSink::readsTheEnvironment()
{
    qunsetenv("PAYI_API_KEY");
    QVERIFY(!IngestSink::optionsFromEnvironment().has_value());
    qputenv("PAYI_API_KEY", ApiKey.toUtf8());
    QCOMPARE(IngestSink::optionsFromEnvironment()->apiKey, ApiKey);
    QCOMPARE(IngestSink::optionsFromEnvironment()->baseUrl, QUrl(QStringLiteral("https://api.pay-i.com")));
    qputenv("PAYI_BASE_URL", "http://localhost:9999");
    QCOMPARE(IngestSink::optionsFromEnvironment()->baseUrl, QUrl(QStringLiteral("http://localhost:9999")));
    qunsetenv("PAYI_API_KEY");
    qunsetenv("PAYI_BASE_URL");
}

void TestIngestSink::sendsEachEventWithItsAttribution()
{
    IngestSink sink(options());
    const CallEvent first = callEvent(QStringLiteral("e1"));
    sink.consume(first);
    sink.consume(callEvent(QStringLiteral("e2")));
    // flush() would block this thread, where the fake service answers: poll it instead.
    QTRY_VERIFY_WITH_TIMEOUT(sink.flush(0), 5000);
    QCOMPARE(sink.stats().sent, 2);
    QCOMPARE(m_payi->requests().size(), 2);

    const ReplayServer::Request sent =
        m_payi->requests().first().body.contains("e1") ? m_payi->requests().first() : m_payi->requests().last();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QByteArray("/api/v1/ingest"));
    QCOMPARE(sent.header("xProxy-api-key"), ApiKey.toUtf8());
    QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
    const QList<QPair<QByteArray, QByteArray>> expected = first.ingestHeaders();
    QVERIFY(!expected.isEmpty());
    for (const auto &[name, value] : expected)
        QCOMPARE(sent.header(name), value);
    QCOMPARE(sent.header("xProxy-UseCase-ID"), QByteArray("doc-42"));
    QCOMPARE(sent.header("xProxy-Limit-IDs"), QByteArray("l1,l2"));
    QCOMPARE(QJsonDocument::fromJson(sent.body).object(), first.ingestBody());
}

void TestIngestSink::retriesWithBackoff()
{
    std::atomic<int> seen{0};
    m_payi->replay([&seen](const ReplayServer::Request &) {
        return ++seen <= 2 ? QStringLiteral("ingest_503") : QStringLiteral("ingest_ok");
    });
    IngestSink sink(options());
    sink.consume(callEvent(QStringLiteral("e1")));
    QTRY_VERIFY_WITH_TIMEOUT(sink.flush(0), 5000);
    QCOMPARE(sink.stats().sent, 1);
    QCOMPARE(sink.stats().retries, 2);
    QCOMPARE(sink.stats().failed, 0);
    QCOMPARE(m_payi->requests().size(), 3);
}

void TestIngestSink::givesUpAfterItsAttempts()
{
    m_payi->replay(QStringLiteral("ingest_503"));
    IngestSink::Options o = options();
    o.maxAttempts = 3;
    IngestSink sink(o);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("e1 not ingested after 3 attempt")));
    sink.consume(callEvent(QStringLiteral("e1")));
    QTRY_VERIFY_WITH_TIMEOUT(sink.flush(0), 5000);
    QCOMPARE(sink.stats().failed, 1);
    QCOMPARE(sink.stats().sent, 0);
    QCOMPARE(m_payi->requests().size(), 3);
}

void TestIngestSink::doesNotRetryARefusal()
{
    m_payi->replay(QStringLiteral("ingest_400"));
    IngestSink sink(options());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("HTTP 400")));
    sink.consume(callEvent(QStringLiteral("e1")));
    QTRY_VERIFY_WITH_TIMEOUT(sink.flush(0), 5000);
    QCOMPARE(sink.stats().failed, 1);
    QCOMPARE(sink.stats().retries, 0);
    QCOMPARE(m_payi->requests().size(), 1);
}

void TestIngestSink::dropsTheOldestWhenFull()
{
    m_payi->stayMute();
    IngestSink::Options o = options();
    o.capacity = 2;
    o.maxInFlight = 1;
    o.timeoutMs = 300;
    IngestSink sink(o);
    sink.consume(callEvent(QStringLiteral("e0")));
    QTRY_COMPARE(sink.stats().inFlight, 1); // e0 is out, waiting for an answer

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("dropped the oldest; 1 dropped so far")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("dropped the oldest; 2 dropped so far")));
    for (const char *id : {"e1", "e2", "e3", "e4"})
        sink.consume(callEvent(QString::fromLatin1(id)));
    QCOMPARE(sink.stats().dropped, 2);
    QCOMPARE(sink.stats().queued, 2);

    // The service comes back: e0 is retried after its time-out, then the two newest go.
    m_payi->replay(QStringLiteral("ingest_ok"));
    QTRY_VERIFY_WITH_TIMEOUT(sink.flush(0), 10000);
    QCOMPARE(sink.stats().sent, 3);
    QSet<QByteArray> ingested;
    for (const ReplayServer::Request &r : m_payi->requests())
        ingested.insert(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("event_id")).toString().toUtf8());
    QVERIFY2(!ingested.contains("e1") && !ingested.contains("e2"), "the oldest queued events were dropped");
}

void TestIngestSink::neverLogsTheKey()
{
    m_payi->replay(QStringLiteral("ingest_400"));
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    {
        IngestSink sink(options());
        sink.consume(callEvent(QStringLiteral("e1")));
        QTRY_VERIFY_WITH_TIMEOUT(sink.flush(0), 5000);
    }
    qInstallMessageHandler(previous);
    QCOMPARE(g_log.size(), 1);
    QVERIFY(g_log.first().contains(QStringLiteral("[redacted]")));
    QVERIFY(!g_log.first().contains(ApiKey));
}

QTEST_GUILESS_MAIN(TestIngestSink)
#include "tst_ingestsink.moc"
