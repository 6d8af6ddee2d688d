#include "support/SampleEvents.h"

#include "ledger/EventExporter.h"
#include "ledger/Ledger.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ledger;

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
    QVERIFY(ledger->flush());
    m_path = ledger->path();
}

void TestEventExporter::writesEveryEventAfterASeq_data()
{
    QTest::addColumn<EventExporter::Format>("format");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<int>("lines");
    QTest::newRow("csv, all") << EventExporter::Format::Csv << qint64(0) << 4;
    QTest::newRow("csv, after 2") << EventExporter::Format::Csv << qint64(2) << 2;
    QTest::newRow("jsonl, all") << EventExporter::Format::JsonLines << qint64(0) << 3;
    QTest::newRow("jsonl, after 3") << EventExporter::Format::JsonLines << qint64(3) << 0;
}

void TestEventExporter::writesEveryEventAfterASeq()
{
    QFETCH(EventExporter::Format, format);
    QFETCH(qint64, after);
    QFETCH(int, lines);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const base::Result<qint64> written = EventExporter(m_path).write(&buffer, format, after);
    QVERIFY(written);
    QCOMPARE(*written, qint64(3) - after);
    // Quoted fields hold newlines in the CSV; count records by their line ends instead.
    const QByteArray end = format == EventExporter::Format::Csv ? "\r\n" : "\n";
    QCOMPARE(int(buffer.data().count(end)), lines);
}

void TestEventExporter::quotesCsvFields()
{
    const StoredEvent stored{7, sample::fullEvent()};
    const QByteArray line = EventExporter::csvLine(stored);
    QVERIFY(line.startsWith("7,2026-01-02T03:04:05.678Z,"));
    QVERIFY2(line.contains(",\"lim-a,lim-b\","), line.constData());
    QVERIFY2(line.contains(",\"{\"\"reasoning\"\":{\"\"input\"\":0,\"\"output\"\":7},"), line.constData());
    QVERIFY2(line.endsWith(",0.000125,0.00027,0.000395,3,true\r\n"), line.constData());
    QCOMPARE(EventExporter::csvHeader().count(','), line.count(',') - 4); // 4 quoted commas
}

void TestEventExporter::jsonLinesCarryTheSeq()
{
    const payi::CallEvent event = sample::fullEvent();
    const QByteArray line = EventExporter::jsonLine({7, event});
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    QCOMPARE(object.value(QLatin1String("seq")).toInteger(), 7);
    const auto parsed = payi::CallEvent::fromJson(object);
    QVERIFY(parsed);
    QCOMPARE(parsed->eventId, event.eventId);
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
    QVERIFY(EventExporter::csvHeader().endsWith(",cost_total,attempts,usage_estimated\r\n"));
    const QByteArray tail = ',' + QByteArray::number(attempts) + ',' + (estimated ? "true" : "false") + "\r\n";
    QVERIFY2(csv.data().endsWith(tail), csv.data().constData());

    QBuffer jsonl;
    jsonl.open(QIODevice::WriteOnly);
    QVERIFY(EventExporter(ledger->path()).write(&jsonl, EventExporter::Format::JsonLines));
    const QJsonObject object = QJsonDocument::fromJson(jsonl.data()).object();
    QCOMPARE(object.value(QLatin1String("attempts")).toInt(-1), attempts);
    QCOMPARE(object.value(QLatin1String("usage_estimated")).toBool(!estimated), estimated);
    QCOMPARE(payi::CallEvent::fromJson(object)->attempts, attempts);
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
