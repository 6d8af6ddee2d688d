#include "support/SampleEvents.h"

#include "ledger/Connection.h"
#include "ledger/EventInsert.h"
#include "ledger/EventReader.h"
#include "ledger/EventRow.h"
#include "ledger/Migrations.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ledger;

class TestEventRow : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void factsAreWhatTheAggregatesCount();
};

void TestEventRow::roundTripsEveryField_data()
{
    QTest::addColumn<payi::CallEvent>("event");
    QTest::newRow("every field set") << sample::fullEvent();
    payi::CallEvent minimal;
    minimal.eventId = QStringLiteral("e");
    minimal.eventTimestamp = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("defaults") << minimal;
    // Texts and JSON columns are encoded into one buffer: escapes, non-ASCII, and every
    // kind of JSON value in the provider's usage.
    payi::CallEvent text = sample::fullEvent();
    text.attribution.userId = QStringLiteral("zo\u00eb \"q\" \\ \U0001F600");
    text.attribution.limitIds = {QStringLiteral("l\u00e9-1"), QStringLiteral("a,b")};
    text.failureDescription = QStringLiteral("line one\nline two\t\u0001");
    text.properties = {{QStringLiteral("cl\u00e9"), QStringLiteral("\"v\"")}, {QStringLiteral("k"), QString()}};
    text.rawUsage =
        QJsonObject{{QStringLiteral("prompt_tokens"), 100},
                    {QStringLiteral("ratio"), 0.25},
                    {QStringLiteral("big"), 1e20},
                    {QStringLiteral("exact"), qint64(9007199254740993)},
                    {QStringLiteral("negative"), -7},
                    {QStringLiteral("flags"), QJsonArray{true, false, QJsonValue::Null, QStringLiteral("\u00e9")}},
                    {QStringLiteral("details"),
                     QJsonObject{{QStringLiteral("cached_tokens"), 0}, {QStringLiteral("empty"), QJsonObject{}}}}};
    QTest::newRow("escapes, non-ASCII, every JSON value") << text;
}

void TestEventRow::roundTripsEveryField()
{
    QFETCH(payi::CallEvent, event);
    QTemporaryDir dir;
    auto connection = Connection::open(dir.filePath(QStringLiteral("t.sqlite")), Connection::Mode::ReadWrite);
    QVERIFY(connection);
    QSqlDatabase &db = (*connection)->db();
    QVERIFY(!Migrations::migrate(db));
    StoredEvent read;
    {
        auto insert = EventInsert::prepare(Connection::handle(db));
        QVERIFY(insert);
        const std::optional<base::Error> failure = (*insert)->insert(EventRow(7, event));
        QVERIFY2(!failure, qPrintable(failure ? failure->message : QString()));
        QSqlQuery select(db);
        QVERIFY(select.exec(EventReader::selectSql()));
        QVERIFY(select.next());
        read = EventReader::read(select);
    }
    QCOMPARE(read.seq, 7);
    const payi::CallEvent &e = read.event;
    QCOMPARE(e.eventId, event.eventId);
    QCOMPARE(e.requestId, event.requestId);
    QCOMPARE(e.category, event.category);
    QCOMPARE(e.resource, event.resource);
    QCOMPARE(e.providerUri, event.providerUri);
    QCOMPARE(e.eventTimestamp, event.eventTimestamp);
    QCOMPARE(e.endToEndLatencyMs, event.endToEndLatencyMs);
    QCOMPARE(e.timeToFirstTokenMs, event.timeToFirstTokenMs);
    QCOMPARE(e.httpStatusCode, event.httpStatusCode);
    QCOMPARE(e.providerResponseId, event.providerResponseId);
    QCOMPARE(e.streaming, event.streaming);
    QVERIFY(e.units == event.units);
    QCOMPARE(e.rawUsage, event.rawUsage);
    QCOMPARE(e.usageEstimated, event.usageEstimated);
    QCOMPARE(e.attempts, event.attempts);
    QVERIFY(e.attribution.sameAttribution(event.attribution));
    QVERIFY(e.attribution.origins == event.attribution.origins);
    QCOMPARE(e.attribution.useCaseVersion, event.attribution.useCaseVersion);
    QCOMPARE(e.attribution.logPromptAndResponse, event.attribution.logPromptAndResponse);
    QCOMPARE(e.properties, event.properties);
    QCOMPARE(e.failed, event.failed);
    QCOMPARE(e.failureKind, event.failureKind);
    QCOMPARE(e.failureDescription, event.failureDescription);
    QVERIFY(e.cost == event.cost);
    QCOMPARE(e.price.tableVersion, event.price.tableVersion);
    QCOMPARE(e.price.resource, event.price.resource);
    QCOMPARE(e.price.unknownResource, event.price.unknownResource);
    QVERIFY(e.limits == event.limits);
    QCOMPARE(e.blockedLimitIds, event.blockedLimitIds);
    QCOMPARE(e.providerRequestJson, event.providerRequestJson);
    QCOMPARE(e.providerResponseJson, event.providerResponseJson);
}

void TestEventRow::factsAreWhatTheAggregatesCount()
{
    const payi::CallEvent event = sample::fullEvent();
    const EventFacts facts = EventRow(9, event).facts();
    QCOMPARE(facts.seq, 9);
    QCOMPARE(facts.timestampMs, event.eventTimestamp.toMSecsSinceEpoch());
    QCOMPARE(facts.useCaseName, event.attribution.useCaseName);
    QCOMPARE(facts.useCaseId, event.attribution.useCaseId);
    QCOMPARE(facts.userId, event.attribution.userId);
    QCOMPARE(facts.resource, event.resource);
    QCOMPARE(facts.limitIds, event.attribution.limitIds);
    QCOMPARE(facts.blockedLimitIds, event.blockedLimitIds);
    QVERIFY(facts.units == event.units);
    QVERIFY(facts.cost == event.cost);
    QCOMPARE(facts.failed, event.failed);
}

QTEST_GUILESS_MAIN(TestEventRow)
#include "tst_eventrow.moc"
