#include "support/SampleEvents.h"

#include "ledger/Connection.h"
#include "ledger/EventRow.h"
#include "ledger/Ledger.h"
#include "ledger/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ledger;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void everyVersionHasAStep();
    void migratesAFileOfThePreviousVersion_data();
    void migratesAFileOfThePreviousVersion();
    void schema4CountsTheAttemptsOfOlderCalls();
    void neverMigratesDown();
};

void TestMigrations::everyVersionHasAStep()
{
    for (int version = 1; version <= Migrations::LatestVersion; ++version)
        QVERIFY2(!Migrations::step(version).isEmpty(), qPrintable(QString::number(version)));
    QVERIFY(Migrations::step(Migrations::LatestVersion + 1).isEmpty());
}

void TestMigrations::migratesAFileOfThePreviousVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < Migrations::LatestVersion; ++version)
        QTest::addRow("schema %d", version) << version;
}

// Builds a file at an older schema with that schema's own SQL, fills what that schema has,
// then lets the ledger open it: the data must be kept and the new parts must work.
void TestMigrations::migratesAFileOfThePreviousVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(Ledger::databaseFileName());
    const payi::CallEvent event = sample::fullEvent();
    {
        auto connection = Connection::open(path, Connection::Mode::ReadWrite);
        QVERIFY(connection);
        QSqlDatabase &db = (*connection)->db();
        QVERIFY(!Migrations::migrate(db, from));
        QCOMPARE(*Migrations::version(db), from);
        if (from >= 1) {
            // The events table is the same in schemas 1 to 3; 4 adds the last columns (attempts,
            // usage_estimated), which an older file lacks: its insert leaves them out, and the
            // row binds nothing to them.
            QString sql16 = EventRow::insertSql();
            if (from < 4) {
                QStringList columns = EventColumns::list().split(QLatin1Char(','));
                const QStringList added = columns.mid(EventColumns::Attempts);
                QCOMPARE(added, (QStringList{QStringLiteral("attempts"), QStringLiteral("usage_estimated")}));
                columns = columns.first(EventColumns::Attempts);
                sql16 = QStringLiteral("INSERT INTO events (%1) VALUES (%2)")
                            .arg(columns.join(QLatin1Char(',')),
                                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
            }
            const QByteArray sql = sql16.toUtf8();
            sqlite3_stmt *insert = nullptr;
            QCOMPARE(sqlite3_prepare_v2(Connection::handle(db), sql.constData(), int(sql.size()), &insert, nullptr),
                     SQLITE_OK);
            const EventRow row(41, event); // binds its texts without a copy: keep it to the step
            row.bind(insert);
            QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
            sqlite3_finalize(insert);
            QSqlQuery query(db);
            if (from >= 3) { // the ledger writes each new instance beside its first event
                QVERIFY(query.exec(QStringLiteral("INSERT INTO instances VALUES ('%1', '%2', 41)")
                                       .arg(event.attribution.useCaseName, event.attribution.useCaseId)));
            }
            QVERIFY(query.exec(QStringLiteral("INSERT INTO documents VALUES ('d1', 'old text', 1000, 2000, 1)")));
        }
    }

    auto opened = Ledger::open(dir.path());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    std::unique_ptr<Ledger> ledger = std::move(opened).value();
    if (from >= 1) {
        QCOMPARE(ledger->snapshot().all().calls, 1);
        QCOMPARE(ledger->snapshot().lastSeq(), 41);
        const auto events = ledger->eventsAfter(0, 10);
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().event.eventId, event.eventId);
        // What schema 4 adds: an older call was sent once, and its units read as reported.
        QCOMPARE(events->first().event.attempts, from < 4 ? 1 : event.attempts);
        QCOMPARE(events->first().event.usageEstimated, from < 4 ? false : event.usageEstimated);
        QCOMPARE(ledger->document(QStringLiteral("d1"))->content, QStringLiteral("old text"));
        const auto instances = ledger->instances(event.attribution.useCaseName, QString(), 10);
        QVERIFY(instances);
        QCOMPARE(instances->size(), 1);
        QCOMPARE(instances->first().name, event.attribution.useCaseId);
        QCOMPARE(ledger->submit(event), 42);
    }
    ledger->recordRequest({QStringLiteral("r1"), QStringLiteral("GET"), QStringLiteral("/"), 200, QString(),
                           QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc()});
    QVERIFY(ledger->flush());
    QVERIFY(ledger->request(QStringLiteral("r1")));
    ledger.reset();

    {
        auto connection = Connection::open(path, Connection::Mode::ReadOnly);
        QVERIFY(connection);
        QCOMPARE(*Migrations::version((*connection)->db()), Migrations::LatestVersion);
        if (from >= 1) { // closing saved the aggregates
            const auto savedSeq =
                (*connection)->scalar(QStringLiteral("SELECT last_seq FROM aggregate_checkpoint"), QString());
            QVERIFY(savedSeq);
            QCOMPARE(savedSeq->toLongLong(), 42);
        }
    }
    if (from >= 1) { // and the next start uses them
        auto reopened = Ledger::open(dir.path());
        QVERIFY(reopened);
        QCOMPARE((*reopened)->rebuilt().checkpointSeq, 42);
        QCOMPARE((*reopened)->snapshot().all().calls, 2);
    }
}

// Calls recorded before schema 4 were sent once; those a block limit refused, never.
void TestMigrations::schema4CountsTheAttemptsOfOlderCalls()
{
    QTemporaryDir dir;
    auto connection = Connection::open(dir.filePath(QStringLiteral("t.sqlite")), Connection::Mode::ReadWrite);
    QVERIFY(connection);
    QSqlDatabase &db = (*connection)->db();
    QVERIFY(!Migrations::migrate(db, 3));
    QSqlQuery query(db);
    // Every column of schema 3 but the event's ids and failure kind takes a value of its type.
    QStringList columns = EventColumns::list().split(QLatin1Char(',')).first(EventColumns::Attempts);
    for (const auto &[seq, kind] : {std::pair{1, "limit_blocked"}, std::pair{2, "http_error"}, std::pair{3, ""}}) {
        QStringList values;
        for (const QString &column : std::as_const(columns)) {
            if (column == QLatin1String("seq"))
                values << QString::number(seq);
            else if (column == QLatin1String("failure_kind"))
                values << QStringLiteral("'%1'").arg(QLatin1String(kind));
            else if (column.endsWith(QLatin1String("_ms")) || column.startsWith(QLatin1String("cost_"))
                     || column == QLatin1String("http_status") || column == QLatin1String("streaming")
                     || column == QLatin1String("failed") || column == QLatin1String("price_unknown"))
                values << QStringLiteral("0");
            else if (column == QLatin1String("use_case_version"))
                values << QStringLiteral("NULL");
            else
                values << QStringLiteral("''");
        }
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO events (%1) VALUES (%2)")
                                .arg(columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')))),
                 qPrintable(query.lastError().text()));
    }
    QVERIFY(!Migrations::migrate(db));
    QVERIFY(query.exec(QStringLiteral("SELECT attempts, usage_estimated FROM events ORDER BY seq")));
    QList<int> attempts;
    while (query.next()) {
        attempts << query.value(0).toInt();
        QCOMPARE(query.value(1).toInt(), 0);
    }
    QCOMPARE(attempts, (QList<int>{0, 1, 1}));
}

void TestMigrations::neverMigratesDown()
{
    QTemporaryDir dir;
    auto connection = Connection::open(dir.filePath(QStringLiteral("t.sqlite")), Connection::Mode::ReadWrite);
    QVERIFY(connection);
    QSqlDatabase &db = (*connection)->db();
    QVERIFY(!Migrations::migrate(db));
    QVERIFY(!Migrations::migrate(db, 1));
    QCOMPARE(*Migrations::version(db), Migrations::LatestVersion);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
