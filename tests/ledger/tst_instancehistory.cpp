// Instances past what memory keeps (issue 23): the file holds every instance's totals, equal to
// the events' GROUP BY, whether the instance is recent (in memory) or old (only in the file),
// live and after every kind of restart, and every counter is the same after a restart. Pages of
// instances, newest first, through the file.
#include "support/SampleEvents.h"

#include "GroupBy.h"

#include "ledger/Ledger.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ledger;
using namespace ledger::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// More instances of create_document than memory keeps, one call each: the first are old.
constexpr int Creates = int(AggregateTables::MaxRecentInstances + AggregateTables::MaxRecentInstances / 2);

QString createId(int i)
{
    return u"c-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
}

QString instanceName(const QString &useCase, const QString &id)
{
    return useCase + u'/' + id;
}

std::unique_ptr<Ledger> openLedger(const QString &dir)
{
    LedgerOptions options;
    options.syncEachCommit = false;
    auto opened = Ledger::open(dir, options);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    return std::move(opened).value();
}

// Every counter but the instances', which are compared with the events one by one.
void compareCounters(const AggregateSnapshot &actual, const AggregateSnapshot &expected)
{
    QCOMPARE(actual.lastSeq(), expected.lastSeq());
    QVERIFY(actual.all() == expected.all());
    QVERIFY(actual.useCases() == expected.useCases());
    QVERIFY(actual.users() == expected.users());
    QVERIFY(actual.limits() == expected.limits());
    QVERIFY(actual.resources() == expected.resources());
    QVERIFY(actual.minutes() == expected.minutes());
    QCOMPARE(actual.sourceNames(), expected.sourceNames());
    QVERIFY(actual.sources() == expected.sources());
    QCOMPARE(actual.tables().limitsBlockedElsewhere, expected.tables().limitsBlockedElsewhere);
    QCOMPARE(actual.auditChecked(), expected.auditChecked());
    QCOMPARE(actual.auditMisattributed(), expected.auditMisattributed());
    QCOMPARE(actual.instanceCount(), expected.instanceCount());
    QCOMPARE(actual.tables().useCaseInstances, expected.tables().useCaseInstances);
}

} // namespace

// How the ledger compared was obtained from the same events.
enum class Opened { Live, CleanRestart, Crash, NoCheckpoint, FromSchema7 };
Q_DECLARE_METATYPE(Opened)

class TestInstanceHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void totalsFromTheFile_data();
    void totalsFromTheFile();
    void pagesNewestFirst_data();
    void pagesNewestFirst();

private:
    void sql(const QString &statement, const QVariantList &values = {});
    void prepare(Opened opened);

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    AggregateSnapshot m_live;
    QByteArray m_earlyCheckpoint; // saved at a clean close before the last events
    qint64 m_earlySeq = 0;
};

void TestInstanceHistory::sql(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(m_db);
    QVERIFY2(query.prepare(statement), qPrintable(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(statement + u": "_s + query.lastError().text()));
}

void TestInstanceHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QRandomGenerator rng(2323);
    const qint64 startMs = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    {
        auto ledger = openLedger(m_dir.path());
        for (int i = 0; i < Creates; ++i) {
            payi::CallEvent event = sample::randomEvent(rng, startMs);
            event.attribution.useCaseName = u"create_document"_s;
            event.attribution.useCaseId = createId(i);
            ledger->submit(event);
        }
        QVERIFY(ledger->flush());
        // The first instances have left memory by now.
        QVERIFY(!ledger->snapshot().instance(u"create_document"_s, createId(0)));
        QVERIFY(ledger->snapshot().instance(u"create_document"_s, createId(Creates - 1)));
    } // a clean close: a checkpoint
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"history"_s);
    m_db.setDatabaseName(m_dir.filePath(Ledger::databaseFileName()));
    QVERIFY(m_db.open());
    {
        QSqlQuery query(m_db);
        QVERIFY(query.exec(u"SELECT data, last_seq FROM aggregate_checkpoint"_s) && query.next());
        m_earlyCheckpoint = query.value(0).toByteArray();
        m_earlySeq = query.value(1).toLongLong();
    }
    auto ledger = openLedger(m_dir.path());
    // Calls to old instances (read back from the file by the writer), some from a second source
    // (an instance shared by two sources), and a few instances of another use case.
    for (int i = 0; i < 3000; ++i) {
        payi::CallEvent event = sample::randomEvent(rng, startMs);
        if (i % 3 == 0) {
            event.attribution.useCaseName = u"create_document"_s;
            event.attribution.useCaseId = createId(int(rng.bounded(1000)));
        } else {
            event.attribution.useCaseName = u"append_document"_s;
        }
        ledger->submit(event);
    }
    QVERIFY(ledger->flush());
    m_live = ledger->snapshot();
    QCOMPARE(m_live.instanceCount(u"create_document"_s), Creates);
}

void TestInstanceHistory::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"history"_s);
}

// Leaves the closed file as the way of opening it needs.
void TestInstanceHistory::prepare(Opened opened)
{
    switch (opened) {
    case Opened::Live:
    case Opened::CleanRestart:
        break;
    case Opened::Crash: // the last checkpoint is the early one: the events after it are counted again
        sql(u"UPDATE aggregate_checkpoint SET last_seq = ?, data = ?"_s, {m_earlySeq, m_earlyCheckpoint});
        break;
    case Opened::NoCheckpoint:
        sql(u"DELETE FROM aggregate_checkpoint"_s);
        break;
    case Opened::FromSchema7: // the instances as schema 7 kept them: the migration counts them again
        sql(u"DROP TABLE instance_sources"_s);
        sql(u"DROP TABLE instances"_s);
        sql(u"CREATE TABLE instances (use_case_name TEXT NOT NULL, use_case_id TEXT NOT NULL, first_seq INTEGER NOT "
            u"NULL, PRIMARY KEY (use_case_name, use_case_id)) WITHOUT ROWID"_s);
        sql(u"INSERT INTO instances SELECT use_case_name, use_case_id, MIN(seq) FROM events GROUP BY 1, 2"_s);
        // and without what 9 added, which the migration adds again after 8
        sql(u"DROP TABLE event_texts"_s);
        sql(u"DROP TABLE text_retention"_s);
        sql(u"DROP INDEX documents_by_content_seq"_s);
        sql(u"ALTER TABLE documents DROP COLUMN content_seq"_s);
        sql(u"PRAGMA user_version = 7"_s);
        break;
    }
}

void TestInstanceHistory::totalsFromTheFile_data()
{
    QTest::addColumn<Opened>("opened");
    QTest::newRow("live") << Opened::Live;
    QTest::newRow("after a clean restart") << Opened::CleanRestart;
    QTest::newRow("after a crash: an earlier checkpoint and the events after it") << Opened::Crash;
    QTest::newRow("without a checkpoint: every event counted") << Opened::NoCheckpoint;
    QTest::newRow("migrated from schema 7") << Opened::FromSchema7;
}

void TestInstanceHistory::totalsFromTheFile()
{
    QFETCH(Opened, opened);
    prepare(opened);
    auto ledger = openLedger(m_dir.path());
    const AggregateSnapshot snapshot = ledger->snapshot();
    compareCounters(snapshot, m_live);

    const QString anyBlocked = u"blocked_limit_ids != '[]'"_s;
    const QHash<QString, Totals> expected =
        groupBy(m_db, u"use_case_name || '/' || use_case_id"_s, u"events"_s, anyBlocked);
    QCOMPARE(snapshot.instanceCount(), qint64(expected.size()));
    // Every instance, from the file, page by page.
    QHash<QString, Totals> fromFile;
    for (const QString &useCase : snapshot.useCases().keys()) {
        QString after;
        for (;;) {
            const auto page = ledger->instances(useCase, after, 1000);
            QVERIFY(page);
            for (const NamedTotals &instance : *page)
                fromFile.insert(instanceName(useCase, instance.name), instance.totals);
            if (page->size() < 1000)
                break;
            after = page->last().name;
        }
        QCOMPARE(snapshot.instanceCount(useCase),
                 qint64(std::count_if(expected.keyBegin(), expected.keyEnd(),
                                      [&](const QString &key) { return key.startsWith(useCase + u'/'); })));
    }
    QCOMPARE(fromFile.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(fromFile.value(it.key()) == it.value(),
                 qPrintable(u"%1:\n  file     %2\n  GROUP BY %3"_s.arg(it.key(), describe(fromFile.value(it.key())),
                                                                       describe(it.value()))));
    }
    // The recent ones, in memory, and their totals per source.
    const QHash<QString, Totals> perSource =
        groupBy(m_db, u"source || '/' || use_case_name || '/' || use_case_id"_s, u"events"_s, anyBlocked);
    qint64 recent = 0;
    snapshot.forEachInstance([&](const InstanceKey &key, const Totals &totals) {
        ++recent;
        QVERIFY(totals == expected.value(instanceName(key.useCaseName, key.useCaseId)));
        for (const QString &source : snapshot.sourceNames()) {
            const Totals *own = snapshot.instance(key.useCaseName, key.useCaseId, source);
            const QString name = source + u'/' + instanceName(key.useCaseName, key.useCaseId);
            QCOMPARE(bool(own), perSource.contains(name));
            if (own)
                QVERIFY2(*own == perSource.value(name), qPrintable(name));
        }
    });
    QVERIFY(recent >= AggregateTables::MaxRecentInstances);
    QVERIFY(recent <= AggregateTables::MaxRecentInstances + AggregateTables::MaxRecentInstances / 4);
    QVERIFY(!snapshot.instance(u"create_document"_s, createId(1500))); // old: in the file alone
}

void TestInstanceHistory::pagesNewestFirst_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("pages of 1,000: the last one full, then an empty one") << 1000;
    QTest::newRow("pages of 999: the last one shorter") << 999;
    QTest::newRow("one instance a page") << 1;
}

void TestInstanceHistory::pagesNewestFirst()
{
    QFETCH(int, limit);
    auto ledger = openLedger(m_dir.path());
    const QString useCase = u"create_document"_s;
    QStringList ids;
    QString before;
    int pages = 0;
    for (;;) {
        const auto page = ledger->instancePage(useCase, Ledger::InstanceOrder::Newest, before, limit);
        QVERIFY(page);
        QVERIFY(page->size() <= limit);
        for (const NamedTotals &instance : *page)
            ids << instance.name;
        ++pages;
        if (page->size() < limit)
            break;
        before = page->last().name;
        QVERIFY(pages <= Creates + 1);
        if (limit == 1 && pages == 50)
            break; // enough of them
    }
    if (limit == 1) {
        QCOMPARE(ids.size(), 50);
    } else {
        QCOMPARE(ids.size(), Creates);
        QCOMPARE(pages, Creates / limit + 1);
    }
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(ids.at(i), createId(Creates - 1 - i)); // newest first, each once
    QCOMPARE(*ledger->hasInstance(useCase, createId(0)), true);
    QCOMPARE(*ledger->hasInstance(useCase, u"no such instance"_s), false);
    QCOMPARE(*ledger->hasInstance(u"append_document"_s, createId(0)), false);
}

QTEST_GUILESS_MAIN(TestInstanceHistory)
#include "tst_instancehistory.moc"
