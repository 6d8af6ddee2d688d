#include "support/SampleEvents.h"

#include "base/JsonText.h"

#include "ledger/Connection.h"
#include "ledger/EventColumns.h"
#include "ledger/EventExporter.h"
#include "ledger/EventRow.h"
#include "ledger/Ledger.h"
#include "ledger/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ledger;

namespace {

// The insert of an event at an older schema: the columns it has (the source came with 4).
QString insertSqlAt(int version)
{
    if (version >= 6)
        return EventRow::insertSql(); // 7 added no column, a table: event_texts
    // 4 added the source columns, 5 the attempts and usage_estimated, 6 the audit's finding:
    // each at the end.
    const int end = version == 5 ? EventColumns::Audit : version == 4 ? EventColumns::Attempts : EventColumns::Source;
    const QStringList columns = EventColumns::list().split(QLatin1Char(',')).first(end);
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders << QStringLiteral("?");
    return QStringLiteral("INSERT INTO events (%1) VALUES (%2)")
        .arg(columns.join(QLatin1Char(',')), placeholders.join(QLatin1Char(',')));
}

// Stores event at seq in db with the columns of its schema, as that version would have
// (up to 6: its texts in their own columns, as TEXT).
bool insertAt(QSqlDatabase &db, int version, qint64 seq, const payi::CallEvent &event)
{
    const QByteArray sql = insertSqlAt(version).toUtf8();
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(Connection::handle(db), sql.constData(), int(sql.size()), &insert, nullptr) != SQLITE_OK)
        return false;
    const EventRow row(seq, event); // binds its texts without a copy: keep it to the step
    row.bind(insert);               // the columns the schema lacks are out of range, not bound
    // Before 7 the request and response texts and the raw usage were UTF-8 TEXT in their own
    // columns.
    const QByteArray request = event.providerRequestJson.toUtf8();
    const QByteArray response = event.providerResponseJson.toUtf8();
    base::JsonWriter usage;
    usage.value(event.rawUsage);
    const QByteArray rawUsage = usage.take();
    sqlite3_bind_text(insert, EventColumns::RawUsage + 1, rawUsage.constData(), int(rawUsage.size()), SQLITE_STATIC);
    sqlite3_bind_text(insert, EventColumns::ProviderRequest + 1, request.constData(), int(request.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(insert, EventColumns::ProviderResponse + 1, response.constData(), int(response.size()),
                      SQLITE_STATIC);
    const bool done = sqlite3_step(insert) == SQLITE_DONE;
    sqlite3_finalize(insert);
    return done;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void everyVersionHasAStep();
    void migratesAFileOfThePreviousVersion_data();
    void migratesAFileOfThePreviousVersion();
    void schema5CountsTheAttemptsOfOlderCalls();
    void neverMigratesDown();
    void sourcesOfEventsStoredBefore();
    void schema6KeepsTheAuditsFindings();
    void schema7LinksDocumentsToTheirCalls();
    void readsTheTextsStoredBeforeTheyWereCompressed();
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
            // The events table is the same from schema 1 to 3, and gains columns in 4 and 5.
            QVERIFY(insertAt(db, from, 41, event));
            QSqlQuery query(db);
            if (from >= 3) { // from 3 on, the writer records each instance with its first event
                QVERIFY(query.exec(QStringLiteral("INSERT INTO instances (use_case_name, use_case_id, first_seq) "
                                                  "VALUES ('%1', '%2', 41)")
                                       .arg(event.attribution.useCaseName, event.attribution.useCaseId)));
            }
            QVERIFY(query.exec(QStringLiteral("INSERT INTO documents (id, content, created_ms, updated_ms, revisions) "
                                              "VALUES ('d1', 'old text', 1000, 2000, 1)")));
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
        QCOMPARE(events->first().event.source, payi::documentAppSource());
        // What schema 5 adds: an older call was sent once, and its units read as reported.
        QCOMPARE(events->first().event.attempts, from < 5 ? 1 : event.attempts);
        QCOMPARE(events->first().event.usageEstimated, from < 5 ? false : event.usageEstimated);
        // What schema 6 adds: an older call was not checked by the audit.
        QCOMPARE(events->first().audit, AuditFinding());
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
void TestMigrations::schema5CountsTheAttemptsOfOlderCalls()
{
    QTemporaryDir dir;
    auto connection = Connection::open(dir.filePath(QStringLiteral("t.sqlite")), Connection::Mode::ReadWrite);
    QVERIFY(connection);
    QSqlDatabase &db = (*connection)->db();
    QVERIFY(!Migrations::migrate(db, 4));
    QSqlQuery query(db);
    // Every column of schema 4 but the event's ids and failure kind takes a value of its type.
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

// Schema 4 gives every event a source. Those a schema-3 ledger holds are the document app's,
// but for those the ingest route stored (their request id is their event id), whose app is
// unknown; the aggregates per source are counted again (the checkpoint had none), are kept
// from then on, and come back from the next checkpoint.
void TestMigrations::sourcesOfEventsStoredBefore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(Ledger::databaseFileName());
    payi::CallEvent own = sample::fullEvent();
    payi::CallEvent ingested = sample::fullEvent();
    ingested.requestId = ingested.eventId;
    ingested.attribution.useCaseId = QStringLiteral("inst-42");
    {
        auto connection = Connection::open(path, Connection::Mode::ReadWrite);
        QVERIFY(connection);
        QSqlDatabase &db = (*connection)->db();
        QVERIFY(!Migrations::migrate(db, 3));
        QVERIFY(insertAt(db, 3, 1, own));
        QVERIFY(insertAt(db, 3, 2, ingested));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO instances VALUES ('append_document', 'doc-1', 1), "
                                          "('append_document', 'inst-42', 2)")));
        // A checkpoint of schema 3's aggregates, which had no sources: not used.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO aggregate_checkpoint VALUES (1, 1, 2, x'00')")));
    }

    const QString unknown = QString::fromLatin1(Migrations::UnknownEarlierSource);
    const QString outside = QStringLiteral("openai/2.34.0 · key 3f9a1c");
    {
        auto opened = Ledger::open(dir.path());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Ledger &ledger = **opened;
        QCOMPARE(ledger.rebuilt().checkpointSeq, 0);
        QCOMPARE(ledger.rebuilt().replayed, 2);
        const AggregateSnapshot snapshot = ledger.snapshot();
        QCOMPARE(snapshot.sourceNames(), (QStringList{payi::documentAppSource(), unknown}));
        QCOMPARE(snapshot.all(payi::documentAppSource()).calls, 1);
        QCOMPARE(snapshot.all(unknown).calls, 1);
        QVERIFY(snapshot.instance(QStringLiteral("append_document"), QStringLiteral("inst-42"), unknown));
        QVERIFY(!snapshot.instance(QStringLiteral("append_document"), QStringLiteral("doc-1"), unknown));
        const auto earlier = ledger.eventsAfter(0, 10, unknown);
        QVERIFY(earlier);
        QCOMPARE(earlier->size(), 1);
        QCOMPARE(earlier->first().seq, 2);
        QCOMPARE(earlier->first().event.sourceHeaders, payi::SourceHeaders());

        payi::CallEvent reported = ingested;
        reported.eventId = sample::uuid();
        reported.requestId = reported.eventId;
        reported.source = outside;
        reported.sourceHeaders = {{QStringLiteral("xProxy-Instrumented-Module"), QStringLiteral("openai/2.34.0")},
                                  {QStringLiteral("User-Agent"), QStringLiteral("Payi/Python 0.1.0-alpha.177")}};
        QCOMPARE(ledger.submit(reported), 3);
        QVERIFY(ledger.flush());
    } // closing saves the aggregates, sources included

    {
        // One source's events are read through the index, not a scan of every event.
        auto connection = Connection::open(path, Connection::Mode::ReadOnly);
        QVERIFY(connection);
        QSqlQuery plan((*connection)->db());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT seq FROM events WHERE source = 'x' AND seq > 0 "
                                         "ORDER BY seq LIMIT 10")));
        QVERIFY(plan.next());
        const QString detail = plan.value(3).toString();
        QVERIFY2(detail.contains(QStringLiteral("events_by_source")) && detail.contains(QStringLiteral("rowid>?")),
                 qPrintable(detail));
    }

    auto reopened = Ledger::open(dir.path());
    QVERIFY(reopened);
    Ledger &ledger = **reopened;
    QCOMPARE(ledger.rebuilt().checkpointSeq, 3);
    QCOMPARE(ledger.rebuilt().replayed, 0);
    const AggregateSnapshot snapshot = ledger.snapshot();
    QCOMPARE(snapshot.sourceNames(), (QStringList{payi::documentAppSource(), unknown, outside}));
    QCOMPARE(snapshot.all(outside).calls, 1);
    QCOMPARE(snapshot.useCases(outside).value(QStringLiteral("append_document")).calls, 1);
    // inst-42 has calls from two sources now: each has its own totals, the instance the sum.
    QCOMPARE(snapshot.instance(QStringLiteral("append_document"), QStringLiteral("inst-42"))->calls, 2);
    QCOMPARE(snapshot.instance(QStringLiteral("append_document"), QStringLiteral("inst-42"), outside)->calls, 1);
    QCOMPARE(snapshot.instance(QStringLiteral("append_document"), QStringLiteral("inst-42"), unknown)->calls, 1);
    const auto events = ledger.eventsAfter(0, 10, outside);
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().event.source, outside);
    QCOMPARE(events->first().event.sourceHeaders.size(), 2);
    QCOMPARE(events->first().event.sourceHeaders.at(1).second, QStringLiteral("Payi/Python 0.1.0-alpha.177"));
}

// Schema 6 keeps the audit's finding with each event. The events a schema-5 ledger holds read
// as unchecked; the checkpoint of format 2 (before the audit's counts) is not used, so every
// event is counted again; from then on the counts and each limit's calls refused by another
// limit come back from the next checkpoint, and the latest misattributed events through
// their own index.
void TestMigrations::schema6KeepsTheAuditsFindings()
{
    using Verdict = AuditFinding::Verdict;
    QTemporaryDir dir;
    const QString path = dir.filePath(Ledger::databaseFileName());
    const payi::CallEvent blocked = sample::fullEvent(); // names lim-a and lim-b; lim-b refused it
    {
        auto connection = Connection::open(path, Connection::Mode::ReadWrite);
        QVERIFY(connection);
        QSqlDatabase &db = (*connection)->db();
        QVERIFY(!Migrations::migrate(db, 5));
        QVERIFY(insertAt(db, 5, 1, blocked));
        QVERIFY(insertAt(db, 5, 2, sample::fullEvent()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO aggregate_checkpoint VALUES (1, 2, 2, x'00')")));
    }

    const AuditFinding attributed{Verdict::Attributed, {}, {}, {}, {}};
    const AuditFinding misattributed{Verdict::Misattributed, QStringLiteral("append_document"), QStringLiteral("doc-7"),
                                     QStringLiteral("carol"), QStringLiteral("global")};
    const auto countsAre = [](const AggregateSnapshot &snapshot, qint64 checked, qint64 wrong, qint64 elsewhere) {
        return snapshot.auditChecked() == checked && snapshot.auditMisattributed() == wrong
               && snapshot.limitBlockedElsewhere(QStringLiteral("lim-a")) == elsewhere
               && snapshot.limitBlockedElsewhere(QStringLiteral("lim-b")) == 0;
    };
    {
        auto opened = Ledger::open(dir.path());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Ledger &ledger = **opened;
        QCOMPARE(ledger.rebuilt().checkpointSeq, 0); // format 2: counted again
        QCOMPARE(ledger.rebuilt().replayed, 2);
        QVERIFY(countsAre(ledger.snapshot(), 0, 0, 2));
        QCOMPARE(ledger.eventsAfter(0, 10)->first().audit, AuditFinding());
        QVERIFY(ledger.misattributed(10)->isEmpty());

        QCOMPARE(ledger.submit(sample::fullEvent(), attributed), 3);
        QCOMPARE(ledger.submit(sample::fullEvent(), misattributed), 4);
        QCOMPARE(ledger.submit(sample::fullEvent()), 5);
        QVERIFY(ledger.flush());
        QVERIFY(countsAre(ledger.snapshot(), 2, 1, 5));
    } // closing saves the aggregates

    {
        auto connection = Connection::open(path, Connection::Mode::ReadOnly);
        QVERIFY(connection);
        QSqlQuery plan((*connection)->db());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT seq FROM events INDEXED BY events_misattributed "
                                         "WHERE audit = 2 ORDER BY seq DESC LIMIT 10")));
        QVERIFY(plan.next());
        QVERIFY2(plan.value(3).toString().contains(QStringLiteral("events_misattributed")),
                 qPrintable(plan.value(3).toString()));
    }

    auto reopened = Ledger::open(dir.path());
    QVERIFY(reopened);
    Ledger &ledger = **reopened;
    QCOMPARE(ledger.rebuilt().checkpointSeq, 5);
    QCOMPARE(ledger.rebuilt().replayed, 0);
    QVERIFY(countsAre(ledger.snapshot(), 2, 1, 5));
    const auto events = ledger.eventsAfter(0, 10);
    QVERIFY(events);
    QList<AuditFinding> findings;
    for (const StoredEvent &stored : *events)
        findings << stored.audit;
    QCOMPARE(findings, (QList<AuditFinding>{{}, {}, attributed, misattributed, {}}));
    const auto latest = ledger.misattributed(10);
    QVERIFY(latest);
    QCOMPARE(latest->size(), 1);
    QCOMPARE(latest->first().seq, 4);
    QCOMPARE(latest->first().audit, misattributed);
}

// A ledger written in the format of the schema before TextsVersion (texts as TEXT in the
// events' columns, in the documents and the revisions): after the migration everything reads
// as it was written,
// next to what is written since in the new format, and retention drops the old texts first.
void TestMigrations::readsTheTextsStoredBeforeTheyWereCompressed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(Ledger::databaseFileName());
    payi::CallEvent old = sample::fullEvent();
    old.providerRequestJson = QStringLiteral(R"({"messages":[{"role":"user","content":"caf\u00e9 ☃ 🌍"}]})");
    old.providerResponseJson = QStringLiteral(R"({"choices":[{"message":{"content":"Grüße"}}]})");
    payi::CallEvent quiet = sample::fullEvent(); // logged no texts
    quiet.providerRequestJson.clear();
    quiet.providerResponseJson.clear();
    {
        auto connection = Connection::open(path, Connection::Mode::ReadWrite);
        QVERIFY(connection);
        QSqlDatabase &db = (*connection)->db();
        QVERIFY(!Migrations::migrate(db, Migrations::TextsVersion - 1));
        QVERIFY(insertAt(db, Migrations::TextsVersion - 1, 1, old));
        QVERIFY(insertAt(db, Migrations::TextsVersion - 1, 2, quiet));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO documents (id, content, created_ms, updated_ms, revisions) "
                                          "VALUES ('d1', 'Grüße\nwieder', 1000, 2000, 2)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO revisions (document_id, number, kind, content, request_id, "
                                          "event_id, at_ms) VALUES ('d1', 1, 'create', 'Grüße', 'r1', 'e1', "
                                          "1000), ('d1', 2, 'append', 'Grüße\nwieder', 'r2', 'e2', 2000)")));
    }
    auto opened = Ledger::open(dir.path());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    std::unique_ptr<Ledger> ledger = std::move(opened).value();
    payi::CallEvent fresh = sample::fullEvent();
    fresh.providerRequestJson = QStringLiteral("{\"new\":true}").repeated(50);
    QCOMPARE(ledger->submit(fresh), 3);
    QVERIFY(ledger->flush());

    const auto events = ledger->eventsAfter(0, 10);
    QVERIFY(events);
    QCOMPARE(events->size(), 3);
    const payi::CallEvent *expected[] = {&old, &quiet, &fresh};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(events->at(i).event.providerRequestJson, expected[i]->providerRequestJson);
        QCOMPARE(events->at(i).event.providerResponseJson, expected[i]->providerResponseJson);
        QVERIFY(!events->at(i).textsDropped);
        QCOMPARE(EventExporter::jsonLine(events->at(i)), EventExporter::jsonLine(StoredEvent{i + 1, *expected[i], {}}));
    }
    const auto document = ledger->document(QStringLiteral("d1"));
    QVERIFY(document);
    QCOMPARE(document->content, QStringLiteral("Grüße\nwieder"));
    QCOMPARE(document->revisions.size(), 2);
    QCOMPARE(document->revisions.at(0).content, QStringLiteral("Grüße"));
    QCOMPARE(document->revisions.at(1).content, QStringLiteral("Grüße\nwieder"));
    QCOMPARE(ledger->documents()->first().content, QStringLiteral("Grüße\nwieder"));
    ledger.reset();

    // Retention over a budget nothing fits in: the old event's texts go first, marked in place;
    // the one without texts stays as it was; the new one's go too; nothing else changes.
    LedgerOptions tight;
    tight.retentionBytes = 1;
    auto reopened = Ledger::open(dir.path(), tight);
    QVERIFY(reopened);
    QTRY_COMPARE((*reopened)->storage().textsDroppedThrough, 3);
    const auto after = (*reopened)->eventsAfter(0, 10);
    QVERIFY(after);
    QCOMPARE(after->size(), 3);
    QVERIFY(after->at(0).textsDropped);
    QVERIFY(!after->at(1).textsDropped);
    QVERIFY(after->at(2).textsDropped);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(after->at(i).event.providerRequestJson.isEmpty());
        QCOMPARE(after->at(i).event.cost.total, expected[i]->cost.total);
        QCOMPARE(after->at(i).event.units, expected[i]->units);
        QCOMPARE(after->at(i).event.attribution.useCaseId, expected[i]->attribution.useCaseId);
    }
    QVERIFY(EventExporter::jsonLine(after->at(0)).contains("\"texts_dropped_by_retention\":true"));
    QVERIFY(!EventExporter::jsonLine(after->at(1)).contains("texts_dropped_by_retention"));
    // The documents written before 7 keep their texts: retention drops events' texts only.
    QCOMPARE((*reopened)->document(QStringLiteral("d1"))->revisions.at(0).content, QStringLiteral("Grüße"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

// Schema 7 gives each document its create instance, creation cost and total, and each revision
// its cost, from the events of a schema-6 file; a revision whose event is not there costs 0.
void TestMigrations::schema7LinksDocumentsToTheirCalls()
{
    QTemporaryDir dir;
    payi::CallEvent create = sample::fullEvent();
    create.cost.total = payi::Money::fromPico(3'360'000'000);
    payi::CallEvent append = sample::fullEvent();
    append.eventId = QStringLiteral("append-event");
    append.attribution.useCaseId = QStringLiteral("d1");
    append.cost.total = payi::Money::fromPico(4'125'000'001);
    {
        auto connection = Connection::open(dir.filePath(Ledger::databaseFileName()), Connection::Mode::ReadWrite);
        QVERIFY(connection);
        QSqlDatabase &db = (*connection)->db();
        QVERIFY(!Migrations::migrate(db, 6));
        QVERIFY(insertAt(db, 6, 1, create));
        QVERIFY(insertAt(db, 6, 2, append));
        QSqlQuery query(db);
        for (const QString &sql :
             {QStringLiteral("INSERT INTO documents VALUES ('d1', 'two', 1000, 2000, 2)"),
              QStringLiteral("INSERT INTO documents VALUES ('d2', 'lost', 1000, 1000, 1)"),
              QStringLiteral("INSERT INTO revisions VALUES ('d1', 1, 'create', 'one', 'r1', '%1', 1000)")
                  .arg(create.eventId),
              QStringLiteral("INSERT INTO revisions VALUES ('d1', 2, 'append', 'two', 'r2', '%1', 2000)")
                  .arg(append.eventId),
              QStringLiteral("INSERT INTO revisions VALUES ('d2', 1, 'create', 'lost', 'r3', 'gone', 1000)")})
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    auto opened = Ledger::open(dir.path());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    const base::Result<Document> d1 = (*opened)->document(QStringLiteral("d1"));
    QVERIFY(d1);
    QCOMPARE(d1->createInstanceId, create.attribution.useCaseId);
    QCOMPARE(d1->creationCost, create.cost.total);
    QCOMPARE(d1->cost, *create.cost.total.checkedAdd(append.cost.total));
    QCOMPARE(d1->revisions.size(), 2);
    QCOMPARE(d1->revisions[0].cost, create.cost.total);
    QCOMPARE(d1->revisions[1].cost, append.cost.total);
    const base::Result<Document> d2 = (*opened)->document(QStringLiteral("d2"));
    QVERIFY(d2);
    QCOMPARE(d2->createInstanceId, QString());
    QCOMPARE(d2->cost, payi::Money());
    const auto created = (*opened)->documentsCreatedIn({create.attribution.useCaseId, QStringLiteral("none")});
    QVERIFY(created);
    QCOMPARE(created->size(), 1);
    QCOMPARE(created->first().id, QStringLiteral("d1"));
}
