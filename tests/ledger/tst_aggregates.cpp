#include "support/SampleEvents.h"

#include "GroupBy.h"

#include "ledger/Aggregates.h"
#include "ledger/Connection.h"
#include "ledger/Ledger.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ledger;
using namespace ledger::test;

// How the aggregates of the same 5,000 events were obtained.
enum class Source {
    Live,              // counted by the writer as the events were committed
    Checkpoint,        // restarted after a clean close: the checkpoint alone
    CheckpointReplay,  // restarted after a crash: a checkpoint at 2,500, then 2,500 events
    NoCheckpoint,      // every event counted again
    DamagedCheckpoint, // the checkpoint fails its checksum: every event counted again
};

Q_DECLARE_METATYPE(Source)

class TestAggregates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void matchGroupBy_data();
    void matchGroupBy();
    void startUpCountsOnlyWhatTheCheckpointMisses_data();
    void startUpCountsOnlyWhatTheCheckpointMisses();
    void savesCheckpointsWhileRunning();
    void snapshotsDoNotChange();
    void minutesStartOnTheMinute();
    void moneyOverflowIsFlaggedNotWrapped();

private:
    std::unique_ptr<Ledger> open(const LedgerOptions &options = {}) const;
    void setCheckpoint(const QString &sql, const QVariantList &values = {});
    void reopenFrom(Source source, const QString &sql, const QVariantList &values = {});

    QTemporaryDir m_dir;
    QMap<Source, AggregateSnapshot> m_snapshots;
    QMap<Source, Aggregates::Rebuilt> m_rebuilt;
    QSqlDatabase m_db;
};

std::unique_ptr<Ledger> openLedger(const QString &dir, const LedgerOptions &options = {})
{
    auto opened = Ledger::open(dir, options);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    return std::move(opened).value();
}

std::unique_ptr<Ledger> TestAggregates::open(const LedgerOptions &options) const
{
    return openLedger(m_dir.path(), options);
}

// Changes the saved checkpoint as a crash or a damaged file would have left it.
void TestAggregates::setCheckpoint(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    QVERIFY(query.prepare(sql));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

void TestAggregates::reopenFrom(Source source, const QString &sql, const QVariantList &values)
{
    setCheckpoint(sql, values);
    auto ledger = open();
    m_snapshots.insert(source, ledger->snapshot());
    m_rebuilt.insert(source, ledger->rebuilt());
}

void TestAggregates::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QRandomGenerator rng(20260101);
    const qint64 startMs = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("groupby"));
    m_db.setDatabaseName(m_dir.filePath(Ledger::databaseFileName()));
    const auto savedCheckpoint = [this] {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT data FROM aggregate_checkpoint")) || !query.next())
            qFatal("no checkpoint was saved");
        return query.value(0).toByteArray();
    };

    {
        auto ledger = open();
        for (int i = 0; i < 2500; ++i)
            ledger->submit(sample::randomEvent(rng, startMs));
    } // closing saves a checkpoint at 2,500
    QVERIFY(m_db.open());
    const QByteArray at2500 = savedCheckpoint();
    {
        auto ledger = open();
        for (int i = 0; i < 2500; ++i)
            ledger->submit(sample::randomEvent(rng, startMs));
        QVERIFY(ledger->flush());
        m_snapshots.insert(Source::Live, ledger->snapshot());
    }
    QByteArray damaged = savedCheckpoint();
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x01);

    reopenFrom(Source::Checkpoint, QStringLiteral("SELECT 1"));
    reopenFrom(Source::CheckpointReplay, QStringLiteral("UPDATE aggregate_checkpoint SET last_seq = 2500, data = ?"),
               {at2500});
    reopenFrom(Source::NoCheckpoint, QStringLiteral("DELETE FROM aggregate_checkpoint"));
    reopenFrom(Source::DamagedCheckpoint, QStringLiteral("UPDATE aggregate_checkpoint SET data = ?"), {damaged});
}

void TestAggregates::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("groupby"));
}

void TestAggregates::matchGroupBy_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<Source>("source");
    const std::pair<Source, const char *> sources[] = {
        {Source::Live, "live"},
        {Source::Checkpoint, "from the checkpoint"},
        {Source::CheckpointReplay, "from a checkpoint and the events after it"},
        {Source::NoCheckpoint, "from the events, no checkpoint"},
        {Source::DamagedCheckpoint, "from the events, damaged checkpoint"},
    };
    for (const char *table : {"all", "use case", "instance", "user", "limit", "model", "minute", "source",
                              "source and use case", "source and model", "source and instance"}) {
        for (const auto &[source, name] : sources)
            QTest::addRow("%s, %s", table, name) << QString::fromLatin1(table) << source;
    }
}

void TestAggregates::matchGroupBy()
{
    QFETCH(QString, table);
    QFETCH(Source, source);
    const AggregateSnapshot snapshot = m_snapshots.value(source);
    QCOMPARE(snapshot.lastSeq(), 5000);

    const QString events = QStringLiteral("events");
    const QString anyBlocked = QStringLiteral("blocked_limit_ids != '[]'");
    QHash<QString, Totals> expected;
    QHash<QString, Totals> actual;
    if (table == QLatin1String("all")) {
        expected = groupBy(m_db, QStringLiteral("''"), events, anyBlocked);
        actual.insert(QString(), snapshot.all());
    } else if (table == QLatin1String("use case")) {
        expected = groupBy(m_db, QStringLiteral("use_case_name"), events, anyBlocked);
        actual = snapshot.useCases();
    } else if (table == QLatin1String("instance")) {
        expected = groupBy(m_db, QStringLiteral("use_case_name || '/' || use_case_id"), events, anyBlocked);
        snapshot.forEachInstance([&](const InstanceKey &key, const Totals &totals) {
            actual.insert(key.useCaseName + QLatin1Char('/') + key.useCaseId, totals);
        });
        QCOMPARE(snapshot.instanceCount(), qint64(expected.size()));
    } else if (table == QLatin1String("user")) {
        expected = groupBy(m_db, QStringLiteral("user_id"), events, anyBlocked);
        actual = snapshot.users();
    } else if (table == QLatin1String("limit")) {
        expected = groupBy(m_db, QStringLiteral("l.value"), QStringLiteral("events, json_each(events.limit_ids) AS l"),
                           QStringLiteral("EXISTS (SELECT 1 FROM json_each(events.blocked_limit_ids) "
                                          "AS b WHERE b.value = l.value)"));
        actual = snapshot.limits();
    } else if (table == QLatin1String("model")) {
        expected = groupBy(m_db, QStringLiteral("resource"), events, anyBlocked);
        actual = snapshot.resources();
    } else if (table == QLatin1String("minute")) {
        expected = groupBy(m_db, QStringLiteral("timestamp_ms / 60000 * 60000"), events, anyBlocked);
        for (auto it = snapshot.minutes().cbegin(); it != snapshot.minutes().cend(); ++it)
            actual.insert(QString::number(it.key()), it.value());
    } else if (table == QLatin1String("source")) {
        expected = groupBy(m_db, QStringLiteral("source"), events, anyBlocked);
        QCOMPARE(snapshot.sourceNames().size(), snapshot.sources().size());
        for (const QString &name : snapshot.sourceNames())
            actual.insert(name, snapshot.all(name));
    } else if (table == QLatin1String("source and use case")) {
        expected = groupBy(m_db, QStringLiteral("source || '/' || use_case_name"), events, anyBlocked);
        for (const QString &name : snapshot.sourceNames()) {
            const QHash<QString, Totals> &useCases = snapshot.useCases(name);
            for (auto it = useCases.cbegin(); it != useCases.cend(); ++it)
                actual.insert(name + QLatin1Char('/') + it.key(), it.value());
        }
    } else if (table == QLatin1String("source and model")) {
        expected = groupBy(m_db, QStringLiteral("source || '/' || resource"), events, anyBlocked);
        for (const QString &name : snapshot.sourceNames()) {
            const QHash<QString, Totals> &resources = snapshot.resources(name);
            for (auto it = resources.cbegin(); it != resources.cend(); ++it)
                actual.insert(name + QLatin1Char('/') + it.key(), it.value());
        }
    } else {
        expected =
            groupBy(m_db, QStringLiteral("source || '/' || use_case_name || '/' || use_case_id"), events, anyBlocked);
        snapshot.forEachInstance([&](const InstanceKey &key, const Totals &) {
            for (const QString &name : snapshot.sourceNames()) {
                if (const Totals *totals = snapshot.instance(key.useCaseName, key.useCaseId, name))
                    actual.insert(name + QLatin1Char('/') + key.useCaseName + QLatin1Char('/') + key.useCaseId,
                                  *totals);
            }
        });
        // Most instances have calls from one source, some from several: both kinds are checked.
        QVERIFY(!snapshot.tables().sharedInstances.isEmpty());
        QVERIFY(qint64(expected.size()) > snapshot.instanceCount());
        QVERIFY(snapshot.tables().sharedInstances.size() < expected.size());
    }
    QVERIFY(expected.size() > 1 || table == QLatin1String("all"));
    QCOMPARE(actual.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(actual.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(actual.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1:\n  aggregates %2\n  GROUP BY   %3")
                                .arg(it.key(), describe(actual.value(it.key())), describe(it.value()))));
    }
}

void TestAggregates::startUpCountsOnlyWhatTheCheckpointMisses_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<qint64>("checkpointSeq");
    QTest::addColumn<qint64>("replayed");
    QTest::newRow("clean close") << Source::Checkpoint << qint64(5000) << qint64(0);
    QTest::newRow("crash after a checkpoint") << Source::CheckpointReplay << qint64(2500) << qint64(2500);
    QTest::newRow("no checkpoint") << Source::NoCheckpoint << qint64(0) << qint64(5000);
    QTest::newRow("damaged checkpoint") << Source::DamagedCheckpoint << qint64(0) << qint64(5000);
}

void TestAggregates::startUpCountsOnlyWhatTheCheckpointMisses()
{
    QFETCH(Source, source);
    QFETCH(qint64, checkpointSeq);
    QFETCH(qint64, replayed);
    const Aggregates::Rebuilt rebuilt = m_rebuilt.value(source);
    QCOMPARE(rebuilt.lastSeq, 5000);
    QCOMPARE(rebuilt.checkpointSeq, checkpointSeq);
    QCOMPARE(rebuilt.replayed, replayed);
}

// The writer saves a checkpoint every checkpointEvery events without being closed, so
// a crash costs start-up at most about that many events.
void TestAggregates::savesCheckpointsWhileRunning()
{
    QTemporaryDir dir;
    LedgerOptions options;
    options.checkpointEvery = 200;
    auto ledger = openLedger(dir.path(), options);
    QRandomGenerator rng(7);
    for (int i = 0; i < 1000; ++i)
        ledger->submit(sample::randomEvent(rng, 0));
    QVERIFY(ledger->flush());
    auto reader = Connection::open(ledger->path(), Connection::Mode::ReadOnly);
    QVERIFY(reader);
    const auto checkpointSeq = [&reader] {
        QSqlQuery query((*reader)->db());
        return query.exec(QStringLiteral("SELECT last_seq FROM aggregate_checkpoint")) && query.next()
                   ? query.value(0).toLongLong()
                   : qint64(-1);
    };
    QTRY_VERIFY2(checkpointSeq() >= 200, qPrintable(QString::number(checkpointSeq())));
    QVERIFY(checkpointSeq() <= 1000);
}

void TestAggregates::snapshotsDoNotChange()
{
    Aggregates aggregates;
    EventFacts facts;
    facts.seq = 1;
    facts.useCaseName = QStringLiteral("create_document");
    facts.useCaseId = QStringLiteral("a");
    facts.cost.total = payi::Money::fromPico(10);
    aggregates.add({facts});
    const AggregateSnapshot before = aggregates.snapshot();
    facts.seq = 2;
    aggregates.add({facts});
    facts.seq = 3;
    facts.useCaseId = QStringLiteral("b");
    aggregates.add({facts});
    const AggregateSnapshot after = aggregates.snapshot();

    QCOMPARE(before.lastSeq(), 1);
    QCOMPARE(before.all().calls, 1);
    QCOMPARE(before.instance(QStringLiteral("create_document"), QStringLiteral("a"))->calls, 1);
    QVERIFY(!before.instance(QStringLiteral("create_document"), QStringLiteral("b")));
    QCOMPARE(before.instanceCount(), 1);
    QCOMPARE(after.lastSeq(), 3);
    QCOMPARE(after.useCases().value(QStringLiteral("create_document")).cost.total, payi::Money::fromPico(30));
    QCOMPARE(after.instance(QStringLiteral("create_document"), QStringLiteral("a"))->calls, 2);
    QCOMPARE(after.instanceCount(), 2);
}

void TestAggregates::minutesStartOnTheMinute()
{
    Aggregates aggregates;
    const qint64 minute = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
    std::vector<EventFacts> batch;
    for (qint64 offset : {qint64(0), qint64(59'999), qint64(60'000), qint64(3 * 60'000 + 1)}) {
        EventFacts facts;
        facts.timestampMs = minute + offset;
        batch.push_back(facts);
    }
    aggregates.add(batch);
    const AggregateSnapshot snapshot = aggregates.snapshot();
    QCOMPARE(snapshot.minutes().keys(), (QList<qint64>{minute, minute + 60'000, minute + 3 * 60'000}));
    QCOMPARE(snapshot.minutes().value(minute).calls, 2);
    QCOMPARE(snapshot.minutes().value(minute).first(), QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(snapshot.minutes().value(minute).last(), QDateTime(QDate(2026, 1, 1), QTime(10, 0, 59, 999), Qt::UTC));
}

void TestAggregates::moneyOverflowIsFlaggedNotWrapped()
{
    Totals totals;
    EventFacts facts;
    facts.cost.total = payi::Money::fromPico(std::numeric_limits<qint64>::max() - 5);
    totals.add(facts, false);
    facts.cost.total = payi::Money::fromPico(10);
    totals.add(facts, false);
    QVERIFY(totals.overflow);
    QCOMPARE(totals.cost.total, payi::Money::fromPico(std::numeric_limits<qint64>::max() - 5));
    QCOMPARE(totals.calls, 2);
}

QTEST_GUILESS_MAIN(TestAggregates)
#include "tst_aggregates.moc"
