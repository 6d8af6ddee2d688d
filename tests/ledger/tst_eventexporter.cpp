#include "support/SampleEvents.h"

#include "ledger/EventExporter.h"
#include "ledger/Ledger.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ledger;

Q_DECLARE_METATYPE(ledger::AuditFinding)

class TestEventExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesEveryEventAfterASeq_data();
    void writesEveryEventAfterASeq();
    void quotesCsvFields();
    void jsonLinesCarryTheSeq();
    void exportsAttemptsAndEstimatedUsage_data();
    void exportsAttemptsAndEstimatedUsage();
    void exportsTheAuditFinding_data();
    void exportsTheAuditFinding();
    void reportsAFailingDevice();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestEventExporter::initTestCase()
{
    auto opened = Ledger::open(m_dir.path());
    QVERIFY(opened);
    std::unique_ptr<Ledger> ledger = std::move(opened).value();
    for (int i = 0; i < 3; ++i)
        ledger->submit(sample::fullEvent());
    for (int i = 0; i < 2; ++i) {
        payi::CallEvent reported = sample::fullEvent();
        reported.source = QStringLiteral("openai/2.34.0 · key 3f9a1c");
        ledger->submit(reported);
    }
    QVERIFY(ledger->flush());
    m_path = ledger->path();
}

void TestEventExporter::writesEveryEventAfterASeq_data()
{
    QTest::addColumn<EventExporter::Format>("format");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("events");
    const QString outside = QStringLiteral("openai/2.34.0 · key 3f9a1c");
    QTest::newRow("csv, all") << EventExporter::Format::Csv << qint64(0) << QString() << 5;
    QTest::newRow("csv, after 2") << EventExporter::Format::Csv << qint64(2) << QString() << 3;
    QTest::newRow("jsonl, all") << EventExporter::Format::JsonLines << qint64(0) << QString() << 5;
    QTest::newRow("jsonl, after 5") << EventExporter::Format::JsonLines << qint64(5) << QString() << 0;
    QTest::newRow("csv, an outside app") << EventExporter::Format::Csv << qint64(0) << outside << 2;
    QTest::newRow("jsonl, an outside app after 4") << EventExporter::Format::JsonLines << qint64(4) << outside << 1;
    QTest::newRow("jsonl, the document app after 2")
        << EventExporter::Format::JsonLines << qint64(2) << payi::documentAppSource() << 1;
    QTest::newRow("csv, a source with no calls")
        << EventExporter::Format::Csv << qint64(0) << QStringLiteral("nobody") << 0;
}

void TestEventExporter::writesEveryEventAfterASeq()
{
    QFETCH(EventExporter::Format, format);
    QFETCH(qint64, after);
    QFETCH(QString, source);
    QFETCH(int, events);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const base::Result<qint64> written = EventExporter(m_path).write(&buffer, format, after, source);
    QVERIFY(written);
    QCOMPARE(*written, qint64(events));
    // Quoted fields hold newlines in the CSV; count records by their line ends instead.
    const bool csv = format == EventExporter::Format::Csv;
    QCOMPARE(int(buffer.data().count(csv ? "\r\n" : "\n")), events + (csv ? 1 : 0));
    // Each record names its source, the one asked for when one was.
    const QByteArray named = csv ? "," + source.toUtf8() + "," : "\"source\":\"" + source.toUtf8() + '"';
    if (!source.isEmpty())
        QCOMPARE(int(buffer.data().count(named)), events);
}

void TestEventExporter::quotesCsvFields()
{
    const StoredEvent stored{7, sample::fullEvent(), {}};
    const QByteArray line = EventExporter::csvLine(stored);
    QVERIFY(line.startsWith("7,2026-01-02T03:04:05.678Z,"));
    QVERIFY2(line.contains(",\"lim-a,lim-b\","), line.constData());
    QVERIFY2(line.contains(",\"{\"\"reasoning\"\":{\"\"input\"\":0,\"\"output\"\":7},"), line.constData());
    QVERIFY2(line.contains(",0.000125,0.00027,0.000395,document app,3,true,"), line.constData());
    QVERIFY(EventExporter::csvHeader().contains(",cost_total,source,attempts,usage_estimated,"));
    QCOMPARE(EventExporter::csvHeader().count(','), line.count(',') - 4); // 4 quoted commas
}

void TestEventExporter::jsonLinesCarryTheSeq()
{
    payi::CallEvent event = sample::fullEvent();
    event.source = QStringLiteral("openai/2.34.0 · key 3f9a1c");
    event.sourceHeaders = {{QStringLiteral("User-Agent"), QStringLiteral("Payi/Python 0.1.0-alpha.177")}};
    const QByteArray line = EventExporter::jsonLine({7, event, {}});
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    QCOMPARE(object.value(QLatin1String("seq")).toInteger(), 7);
    const auto parsed = payi::CallEvent::fromJson(object);
    QVERIFY(parsed);
    QCOMPARE(parsed->eventId, event.eventId);
    QCOMPARE(parsed->source, event.source);
    QCOMPARE(parsed->sourceHeaders, event.sourceHeaders);
    QCOMPARE(object.value(QLatin1String("source_headers")).toArray().first().toObject().value(QLatin1String("name")),
             QStringLiteral("User-Agent"));
}

void TestEventExporter::exportsAttemptsAndEstimatedUsage_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("estimated");
    QTest::newRow("usage reported, sent once") << 1 << false;
    QTest::newRow("no usage: estimated") << 1 << true;
    QTest::newRow("retried twice, usage reported") << 3 << false;
    QTest::newRow("retried, a stream cut: estimated") << 2 << true;
    QTest::newRow("refused by a block limit: never sent") << 0 << false;
}

// Through the ledger and out: the CSV's last two columns and the JSON line's fields.
void TestEventExporter::exportsAttemptsAndEstimatedUsage()
{
    QFETCH(int, attempts);
    QFETCH(bool, estimated);
    QTemporaryDir dir;
    auto opened = Ledger::open(dir.path());
    QVERIFY(opened);
    std::unique_ptr<Ledger> ledger = std::move(opened).value();
    payi::CallEvent event = sample::fullEvent();
    event.attempts = attempts;
    event.usageEstimated = estimated;
    ledger->submit(event);
    QVERIFY(ledger->flush());

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(EventExporter(ledger->path()).write(&csv, EventExporter::Format::Csv));
    QVERIFY(csv.data().startsWith(EventExporter::csvHeader()));
    QVERIFY(EventExporter::csvHeader().contains(",cost_total,source,attempts,usage_estimated,"));
    const QByteArray fields = ',' + QByteArray::number(attempts) + ',' + (estimated ? "true" : "false") + ',';
    QVERIFY2(csv.data().contains(fields), csv.data().constData());

    QBuffer jsonl;
    jsonl.open(QIODevice::WriteOnly);
    QVERIFY(EventExporter(ledger->path()).write(&jsonl, EventExporter::Format::JsonLines));
    const QJsonObject object = QJsonDocument::fromJson(jsonl.data()).object();
    QCOMPARE(object.value(QLatin1String("attempts")).toInt(-1), attempts);
    QCOMPARE(object.value(QLatin1String("usage_estimated")).toBool(!estimated), estimated);
    QCOMPARE(payi::CallEvent::fromJson(object)->attempts, attempts);
}

void TestEventExporter::exportsTheAuditFinding_data()
{
    using Verdict = AuditFinding::Verdict;
    QTest::addColumn<AuditFinding>("finding");
    QTest::addColumn<QByteArray>("csvTail"); // from blocked_limit_ids on
    QTest::newRow("not checked") << AuditFinding{} << QByteArray("lim-b,false,false,,,\r\n");
    QTest::newRow("checked, attributed") << AuditFinding{Verdict::Attributed, {}, {}, {}, {}}
                                         << QByteArray("lim-b,true,false,,,\r\n");
    QTest::newRow("misattributed") << AuditFinding{
        Verdict::Misattributed, QStringLiteral("append_document"), QStringLiteral("doc-9"), QStringLiteral("bob"),
        QStringLiteral("global")} << QByteArray("lim-b,true,true,append_document,doc-9,bob\r\n");
    QTest::newRow("misattributed, a comma in the expected user")
        << AuditFinding{Verdict::Misattributed, QStringLiteral("create_document"), QString(),
                        QStringLiteral("smith, j"), QStringLiteral("global")}
        << QByteArray("lim-b,true,true,create_document,,\"smith, j\"\r\n");
}

// Columns appended after usage_estimated, never before: the limits that refused the call and
// the audit's finding, as stored; the JSON line carries the same.
void TestEventExporter::exportsTheAuditFinding()
{
    QFETCH(AuditFinding, finding);
    QFETCH(QByteArray, csvTail);
    QTemporaryDir dir;
    auto opened = Ledger::open(dir.path());
    QVERIFY(opened);
    std::unique_ptr<Ledger> ledger = std::move(opened).value();
    ledger->submit(sample::fullEvent(), finding);
    QVERIFY(ledger->flush());

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(EventExporter(ledger->path()).write(&csv, EventExporter::Format::Csv));
    QVERIFY(EventExporter::csvHeader().endsWith(",usage_estimated,blocked_limit_ids,audited,misattributed,"
                                                "expected_use_case_name,expected_use_case_id,expected_user_id\r\n"));
    QVERIFY2(csv.data().endsWith(",true," + csvTail), csv.data().constData()); // usage_estimated first

    QBuffer jsonl;
    jsonl.open(QIODevice::WriteOnly);
    QVERIFY(EventExporter(ledger->path()).write(&jsonl, EventExporter::Format::JsonLines));
    const QJsonObject object = QJsonDocument::fromJson(jsonl.data()).object();
    QCOMPARE(object.value(QLatin1String("audited")).toBool(!finding.checked()), finding.checked());
    QCOMPARE(object.value(QLatin1String("misattributed")).toBool(!finding.misattributed()), finding.misattributed());
    const QJsonValue expected = object.value(QLatin1String("expected"));
    if (finding.misattributed()) {
        QCOMPARE(expected.toObject(), finding.expectedJson());
    } else {
        QVERIFY(expected.isNull());
    }
    QCOMPARE(object.value(QLatin1String("blocked_limit_ids")).toArray(), QJsonArray{QStringLiteral("lim-b")});
}

void TestEventExporter::reportsAFailingDevice()
{
    QBuffer closed; // never opened: every write fails
    const base::Result<qint64> written = EventExporter(m_path).write(&closed, EventExporter::Format::JsonLines);
    QVERIFY(!written);
    QCOMPARE(written.error().code, QStringLiteral("export_failed"));
}

QTEST_GUILESS_MAIN(TestEventExporter)
#include "tst_eventexporter.moc"
