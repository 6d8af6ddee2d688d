#include "support/SampleEvents.h"

#include "base/Handoff.h"
#include "ledger/Ledger.h"
#include "ledger/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ledger;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file without the ledger, to make files the ledger must refuse.
void runSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst_ledger_setup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(sql));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

payi::CallEvent eventWithLimit(const QString &limitId, qint64 costPico, bool failed)
{
    payi::CallEvent event = sample::fullEvent();
    event.attribution.limitIds = {limitId};
    event.blockedLimitIds.clear();
    event.failed = failed;
    event.cost = {payi::Money(), payi::Money::fromPico(costPico), payi::Money::fromPico(costPico)};
    return event;
}

// The call that wrote a revision: its request, its id, what it cost and (for a create) the
// instance it was charged to.
payi::CallEvent callOf(const QString &requestId, const QString &eventId, qint64 costPico = 0,
                       const QString &instanceId = {})
{
    payi::CallEvent call;
    call.requestId = requestId;
    call.eventId = eventId;
    call.cost.total = payi::Money::fromPico(costPico);
    call.attribution.useCaseId = instanceId;
    return call;
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsTheFileAtTheLatestSchema();
    void submitReturnsIncreasingSeqs();
    void whenDurableAnswersAfterTheCommit();
    void whenDurableRunsOnTheContextThread();
    void whenDurableRefusesAnUnknownSeq();
    void seqsContinueAfterReopening();
    void eventsAfterPages();
    void documentsKeepEveryRevision();
    void keptReadConnectionsSeeEveryLaterCommit();
    void documentWritesAreRefusedWithAReason_data();
    void documentWritesAreRefusedWithAReason();
    void limitsComeBackWithTheirTotals();
    void requestsAreStored_data();
    void requestsAreStored();
    void instancesAndUsersPage();
    void refusesFilesItMustNotTouch_data();
    void refusesFilesItMustNotTouch();
    void refusesAFolderInUse();
    void reportsDamageFoundAfterOpening_data();
    void reportsDamageFoundAfterOpening();

private:
    std::unique_ptr<Ledger> open();
    // A ledger of 2,000 events, closed, then with bytes overwritten at each offset.
    void writeDamagedLedger(const QList<qint64> &offsets, const QByteArray &bytes, int events = 2000);
    void damage(const QList<qint64> &offsets, const QByteArray &bytes);
    // The events table's leaf pages in the closed file, by page number (SQLite's dbstat).
    QList<qint64> eventLeafPages() const;
    QString databasePath() const { return m_dir->filePath(Ledger::databaseFileName()); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLedger::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Ledger> TestLedger::open()
{
    auto opened = Ledger::open(m_dir->path());
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

QList<qint64> TestLedger::eventLeafPages() const
{
    QList<qint64> pages;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
        db.setDatabaseName(databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (db.open()
            && query.exec(QStringLiteral(
                "SELECT pageno FROM dbstat WHERE name = 'events' AND pagetype = 'leaf' ORDER BY pageno"))) {
            while (query.next())
                pages << query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    return pages;
}

void TestLedger::writeDamagedLedger(const QList<qint64> &offsets, const QByteArray &bytes, int events)
{
    auto ledger = open();
    QVERIFY(ledger);
    for (int i = 0; i < events; ++i)
        ledger->submit(sample::fullEvent());
    ledger.reset(); // the last connection checkpoints the WAL into the file
    damage(offsets, bytes);
}

void TestLedger::damage(const QList<qint64> &offsets, const QByteArray &bytes)
{
    QFile file(databasePath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 56 * 4096);
    for (const qint64 offset : offsets) {
        QVERIFY(file.seek(offset));
        QCOMPARE(file.write(bytes), bytes.size());
    }
}

void TestLedger::createsTheFileAtTheLatestSchema()
{
    auto ledger = open();
    QVERIFY(ledger);
    QVERIFY(QFile::exists(databasePath()));
    QCOMPARE(ledger->lastSubmittedSeq(), 0);
    QCOMPARE(ledger->snapshot().all().calls, 0);
    ledger.reset();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(databasePath());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), Migrations::LatestVersion);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestLedger::submitReturnsIncreasingSeqs()
{
    auto ledger = open();
    QVERIFY(ledger);
    QCOMPARE(ledger->submit(sample::fullEvent()), 1);
    QCOMPARE(ledger->submit(sample::fullEvent()), 2);
    QCOMPARE(ledger->submit(sample::fullEvent()), 3);
    QCOMPARE(ledger->lastSubmittedSeq(), 3);
    const base::Result<qint64> flushed = ledger->flush();
    QVERIFY(flushed);
    QCOMPARE(*flushed, 3);
    QCOMPARE(ledger->durableSeq(), 3);
    QCOMPARE(ledger->snapshot().all().calls, 3);
}

void TestLedger::whenDurableAnswersAfterTheCommit()
{
    auto ledger = open();
    QVERIFY(ledger);
    QSignalSpy durable(ledger.get(), &Ledger::durable);
    QList<qint64> answered;
    const qint64 seq = ledger->submit(sample::fullEvent());
    ledger->whenDurable(seq, this, [&](base::Result<qint64> result) {
        QVERIFY(result);
        // The event is committed and counted before the answer arrives.
        QVERIFY(ledger->durableSeq() >= *result);
        QCOMPARE(ledger->snapshot().all().calls, 1);
        answered << *result;
    });
    QTRY_COMPARE(answered, QList<qint64>{seq});
    QTRY_VERIFY(!durable.isEmpty());
    QCOMPARE(durable.last().at(0).toLongLong(), seq);

    // Already durable: the answer still comes through the event loop, not re-entrantly.
    bool again = false;
    ledger->whenDurable(seq, this, [&](base::Result<qint64> result) { again = result.ok(); });
    QVERIFY(!again);
    QTRY_VERIFY(again);
}

void TestLedger::whenDurableRunsOnTheContextThread()
{
    auto ledger = open();
    QVERIFY(ledger);
    QThread server;
    server.start();
    QObject context;
    context.moveToThread(&server);
    std::atomic<QThread *> ranOn{nullptr};
    base::postTo(&context, [&] {
        const qint64 seq = ledger->submit(sample::fullEvent());
        ledger->whenDurable(seq, &context, [&](base::Result<qint64> result) {
            if (result)
                ranOn = QThread::currentThread();
        });
    });
    QTRY_COMPARE(ranOn.load(), &server);
    server.quit();
    server.wait();
}

void TestLedger::whenDurableRefusesAnUnknownSeq()
{
    auto ledger = open();
    QVERIFY(ledger);
    std::optional<base::Error> error;
    ledger->whenDurable(5, this, [&](base::Result<qint64> result) {
        if (!result)
            error = result.error();
    });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->code, QStringLiteral("unknown_seq"));
}

void TestLedger::seqsContinueAfterReopening()
{
    auto ledger = open();
    QVERIFY(ledger);
    for (int i = 0; i < 5; ++i)
        ledger->submit(sample::fullEvent());
    ledger.reset(); // closing writes what is queued
    ledger = open();
    QVERIFY(ledger);
    QCOMPARE(ledger->snapshot().all().calls, 5);
    QCOMPARE(ledger->submit(sample::fullEvent()), 6);
}

void TestLedger::eventsAfterPages()
{
    auto ledger = open();
    QVERIFY(ledger);
    QStringList ids;
    for (int i = 0; i < 25; ++i) {
        payi::CallEvent event = sample::fullEvent();
        ids << event.eventId;
        ledger->submit(event);
    }
    QVERIFY(ledger->flush());
    QStringList read;
    qint64 after = 0;
    QList<int> pageSizes;
    for (;;) {
        const auto page = ledger->eventsAfter(after, 10);
        QVERIFY(page);
        if (page->isEmpty())
            break;
        pageSizes << page->size();
        for (const StoredEvent &stored : *page) {
            QVERIFY(stored.seq > after);
            after = stored.seq;
            read << stored.event.eventId;
        }
    }
    QCOMPARE(pageSizes, (QList<int>{10, 10, 5}));
    QCOMPARE(read, ids);
}

void TestLedger::documentsKeepEveryRevision()
{
    base::ManualClock clock;
    auto opened = Ledger::open(m_dir->path(), LedgerOptions{true, &clock});
    QVERIFY(opened);
    std::unique_ptr<Ledger> ledger = std::move(opened).value();
    QList<int> numbers;
    const auto collect = [&](base::Result<Revision> result) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        numbers << result->number;
    };
    ledger->createDocument(u"d1"_s, u"Once"_s, callOf(u"r1"_s, u"e1"_s, 3'360'000'000, u"i1"_s), this, collect);
    clock.advanceMs(60'000);
    ledger->appendRevision(u"d1"_s, u"Once upon"_s, callOf(u"r2"_s, u"e2"_s, 1), this, collect);
    ledger->appendRevision(u"d1"_s, u"Once upon a time"_s, callOf(u"r3"_s, u"e3"_s, 4'000'000'000, u"other"_s), this,
                           collect);
    QTRY_COMPARE(numbers, (QList<int>{1, 2, 3}));

    ledger.reset();
    ledger = open();
    QVERIFY(ledger);
    const base::Result<Document> document = ledger->document(QStringLiteral("d1"));
    QVERIFY(document);
    QCOMPARE(document->content, QStringLiteral("Once upon a time"));
    QCOMPARE(document->revisionCount, 3);
    QCOMPARE(document->created, clock.nowUtc().addSecs(-60));
    QCOMPARE(document->updated, clock.nowUtc());
    QCOMPARE(document->revisions.size(), 3);
    QCOMPARE(document->revisions.at(0).kind, QStringLiteral("create"));
    QCOMPARE(document->revisions.at(0).content, QStringLiteral("Once"));
    QCOMPARE(document->revisions.at(1).kind, QStringLiteral("append"));
    QCOMPARE(document->revisions.at(1).requestId, QStringLiteral("r2"));
    QCOMPARE(document->revisions.at(2).eventId, QStringLiteral("e3"));
    // The create's instance and what each call cost; the total, exactly their sum.
    QCOMPARE(document->createInstanceId, u"i1"_s);
    QCOMPARE(document->revisions.at(1).cost, payi::Money::fromPico(1));
    QCOMPARE(document->creationCost, payi::Money::fromPico(3'360'000'000));
    QCOMPARE(document->cost, payi::Money::fromPico(7'360'000'001));

    // Without revisions: the same row, no history read.
    const base::Result<Document> head = ledger->document(QStringLiteral("d1"), Ledger::Revisions::Omitted);
    QVERIFY(head);
    QCOMPARE(head->content, document->content);
    QCOMPARE(head->revisionCount, 3);
    QCOMPARE(head->updated, document->updated);
    QVERIFY(head->revisions.isEmpty());
    QCOMPARE(ledger->document(QStringLiteral("nope"), Ledger::Revisions::Omitted).error().code,
             QStringLiteral("not_found"));

    const auto all = ledger->documents();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().id, QStringLiteral("d1"));
    QVERIFY(all->first().revisions.isEmpty());
    QCOMPARE(ledger->document(QStringLiteral("nope")).error().code, QStringLiteral("not_found"));
}

void TestLedger::keptReadConnectionsSeeEveryLaterCommit()
{
    std::unique_ptr<Ledger> ledger = open();
    QVERIFY(ledger);
    bool stored = false;
    const auto write = [&](bool create, const QString &content) {
        stored = false;
        const auto done = [&](const base::Result<Revision> &r) { stored = r.ok(); };
        if (create)
            ledger->createDocument(u"d1"_s, content, callOf(u"r"_s, u"e"_s), this, done);
        else
            ledger->appendRevision(u"d1"_s, content, callOf(u"r"_s, u"e"_s), this, done);
        QTRY_VERIFY(stored);
    };
    // Reads on this thread and on a worker: each keeps its connection between reads. The
    // first read of each fails half-way (no such document) inside its read transaction.
    QThread worker;
    worker.start();
    QObject anchor;
    anchor.moveToThread(&worker);
    const auto readOnWorker = [&](Ledger::Revisions revisions) {
        base::Result<Document> got = base::Error{};
        base::runOnAndWait(&anchor, [&] { got = ledger->document(u"d1"_s, revisions); });
        return got;
    };
    QCOMPARE(ledger->document(u"d1"_s).error().code, u"not_found"_s);
    QCOMPARE(readOnWorker(Ledger::Revisions::Omitted).error().code, u"not_found"_s);
    write(true, u"one"_s);
    QCOMPARE(ledger->document(u"d1"_s)->content, u"one"_s);
    QCOMPARE(readOnWorker(Ledger::Revisions::Omitted)->content, u"one"_s);
    write(false, u"one two"_s);
    QCOMPARE(ledger->document(u"d1"_s)->revisions.size(), 2);
    QCOMPARE(readOnWorker(Ledger::Revisions::Included)->content, u"one two"_s);
    // A thread that read ends before the ledger closes, and one after: neither leaves
    // anything behind or crashes at the close.
    worker.quit();
    QVERIFY(worker.wait(5000));
    QThread late;
    late.start();
    QObject lateAnchor;
    lateAnchor.moveToThread(&late);
    bool lateRead = false;
    base::runOnAndWait(&lateAnchor, [&] { lateRead = ledger->document(u"d1"_s).ok(); });
    QVERIFY(lateRead);
    ledger.reset();
    late.quit();
    QVERIFY(late.wait(5000));
}

void TestLedger::documentWritesAreRefusedWithAReason_data()
{
    QTest::addColumn<bool>("create");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("code");
    QTest::newRow("create an existing id") << true << "d1"
                                           << "document_exists";
    QTest::newRow("append to an unknown id") << false << "d2"
                                             << "not_found";
}

void TestLedger::documentWritesAreRefusedWithAReason()
{
    QFETCH(bool, create);
    QFETCH(QString, id);
    QFETCH(QString, code);
    auto ledger = open();
    QVERIFY(ledger);
    bool created = false;
    ledger->createDocument(QStringLiteral("d1"), QStringLiteral("x"), callOf({}, {}), this,
                           [&](base::Result<Revision> result) { created = result.ok(); });
    QTRY_VERIFY(created);
    std::optional<base::Error> error;
    const auto done = [&](base::Result<Revision> result) { error = result ? base::Error{} : result.error(); };
    if (create)
        ledger->createDocument(id, QStringLiteral("y"), callOf({}, {}), this, done);
    else
        ledger->appendRevision(id, QStringLiteral("y"), callOf({}, {}), this, done);
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->code, code);
    // A refused write leaves the document as it was, and the ledger keeps working.
    QCOMPARE(ledger->document(QStringLiteral("d1"))->content, QStringLiteral("x"));
    QVERIFY(!ledger->error());
}

void TestLedger::limitsComeBackWithTheirTotals()
{
    auto ledger = open();
    QVERIFY(ledger);
    payi::Limit limit;
    limit.id = QStringLiteral("lim-1");
    limit.spec = {QStringLiteral("budget"), payi::Money::fromPico(5'000'000'000'000), payi::LimitType::Allow, 80};
    limit.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    bool saved = false;
    ledger->saveLimit(limit, this, [&](base::Result<payi::Limit> result) { saved = result.ok(); });
    QTRY_VERIFY(saved);
    ledger->submit(eventWithLimit(limit.id, 300, false));
    ledger->submit(eventWithLimit(limit.id, 200, false));
    ledger->submit(eventWithLimit(limit.id, 50, true));
    ledger->submit(eventWithLimit(QStringLiteral("other"), 1000, false));
    ledger.reset();

    ledger = open();
    QVERIFY(ledger);
    const auto limits = ledger->limits();
    QVERIFY(limits);
    QCOMPARE(limits->size(), 1);
    const LimitTotals &stored = limits->first();
    QCOMPARE(stored.limit.id, limit.id);
    QCOMPARE(stored.limit.spec.name, limit.spec.name);
    QCOMPARE(stored.limit.spec.max, limit.spec.max);
    QCOMPARE(stored.limit.spec.type, payi::LimitType::Allow);
    QCOMPARE(stored.limit.spec.thresholdPercent, 80);
    QCOMPARE(stored.limit.created, limit.created);
    QCOMPARE(stored.limit.spent, payi::Money::fromPico(500)); // the failed call spent nothing
    QCOMPARE(stored.limit.calls, 3);
    QCOMPARE(stored.totals.failures, 1);
    QCOMPARE(stored.totals.cost.total, payi::Money::fromPico(550));
}

void TestLedger::requestsAreStored_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("userId");
    QTest::newRow("a user") << QStringLiteral("/documents") << QStringLiteral("alice");
    // Absent is "" in the file, never NULL: the API and the exports read "" as "none".
    QTest::newRow("no user") << QStringLiteral("/documents") << QString();
    QTest::newRow("beyond ASCII") << QStringLiteral("/documents/é/append") << QStringLiteral("zoë \U0001F600");
}

void TestLedger::requestsAreStored()
{
    QFETCH(QString, path);
    QFETCH(QString, userId);
    auto ledger = open();
    QVERIFY(ledger);
    const RequestRecord record{QStringLiteral("req-9"),
                               QStringLiteral("POST"),
                               path,
                               201,
                               userId,
                               QDateTime(QDate(2026, 1, 1), QTime(0, 0, 1), Qt::UTC),
                               QDateTime(QDate(2026, 1, 1), QTime(0, 0, 2), Qt::UTC)};
    ledger->recordRequest(record);
    QVERIFY(ledger->flush());
    const auto read = ledger->request(QStringLiteral("req-9"));
    QVERIFY(read);
    QCOMPARE(read->method, record.method);
    QCOMPARE(read->path, record.path);
    QCOMPARE(read->status, 201);
    QCOMPARE(read->userId, record.userId);
    QCOMPARE(read->started, record.started);
    QCOMPARE(read->finished, record.finished);
    QCOMPARE(ledger->request(QStringLiteral("x")).error().code, QStringLiteral("not_found"));
    ledger.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(databasePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT user_id IS NULL, user_id FROM requests")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toBool(), false);
        QCOMPARE(query.value(1).toString(), userId.isNull() ? QStringLiteral("") : userId);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestLedger::instancesAndUsersPage()
{
    auto ledger = open();
    QVERIFY(ledger);
    for (int i = 0; i < 5; ++i) {
        payi::CallEvent event = sample::fullEvent();
        event.attribution.useCaseName = QStringLiteral("create_document");
        event.attribution.useCaseId = QStringLiteral("inst-%1").arg(i);
        event.attribution.userId = i % 2 ? QStringLiteral("bob") : QString();
        ledger->submit(event);
        ledger->submit(event);
    }
    QVERIFY(ledger->flush());
    const auto first = ledger->instances(QStringLiteral("create_document"), QString(), 3);
    QVERIFY(first);
    QCOMPARE(first->size(), 3);
    QCOMPARE(first->at(0).name, QStringLiteral("inst-0"));
    QCOMPARE(first->at(0).totals.calls, 2);
    const auto second = ledger->instances(QStringLiteral("create_document"), first->last().name, 3);
    QVERIFY(second);
    QCOMPARE(second->size(), 2);
    QCOMPARE(second->last().name, QStringLiteral("inst-4"));

    const QList<NamedTotals> users = ledger->users(std::nullopt, 10);
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0).name, QString()); // calls without a user
    QCOMPARE(users.at(0).totals.calls, 6);
    QCOMPARE(users.at(1).name, QStringLiteral("bob"));
    QCOMPARE(ledger->users(QString(), 10).size(), 1);
}

void TestLedger::refusesFilesItMustNotTouch_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("not SQLite") << "garbage"
                                << "ledger_corrupt"
                                << "not a Costbench ledger";
    QTest::newRow("another program's SQLite") << "foreign"
                                              << "ledger_foreign"
                                              << "is not a Costbench ledger";
    QTest::newRow("written by a newer Costbench") << "newer"
                                                  << "ledger_too_new"
                                                  << QStringLiteral("written by a newer Costbench (schema %1 > %2)")
                                                         .arg(Migrations::LatestVersion + 1)
                                                         .arg(Migrations::LatestVersion);
    // The schema is read at open: its damage is found before anything is written.
    QTest::newRow("damaged schema") << "damaged schema"
                                    << "ledger_corrupt"
                                    << "is not a Costbench ledger or is damaged";
}

void TestLedger::refusesFilesItMustNotTouch()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QString, says);
    const QString path = databasePath();
    if (kind == QLatin1String("garbage")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5a'));
    } else if (kind == QLatin1String("foreign")) {
        runSql(path, {QStringLiteral("CREATE TABLE notes (text TEXT)")});
    } else if (kind == QLatin1String("newer")) {
        runSql(path, {QStringLiteral("PRAGMA application_id = %1").arg(Migrations::ApplicationId),
                      QStringLiteral("PRAGMA user_version = %1").arg(Migrations::LatestVersion + 1),
                      QStringLiteral("CREATE TABLE future (x)")});
    } else {
        writeDamagedLedger({100}, QByteArray(200, '\x7f')); // page 1's b-tree: sqlite_master
    }
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files);
    const QByteArray hash = fileHash(path);

    const auto opened = Ledger::open(m_dir->path());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, code);
    QVERIFY2(opened.error().message.contains(says), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
    QCOMPARE(fileHash(path), hash);
    QStringList after = QDir(m_dir->path()).entryList(QDir::Files);
    after.removeAll(QStringLiteral("costbench.lock"));
    QCOMPARE(after, before);
}

void TestLedger::refusesAFolderInUse()
{
    auto first = open();
    QVERIFY(first);
    const auto second = Ledger::open(m_dir->path());
    QVERIFY(!second);
    QCOMPARE(second.error().code, QStringLiteral("ledger_locked"));
    QVERIFY2(second.error().message.contains(QStringLiteral("in use by another Costbench")),
             qPrintable(second.error().message));
    first.reset();
    QVERIFY(open());
}

void TestLedger::reportsDamageFoundAfterOpening_data()
{
    QTest::addColumn<int>("stride"); // every stride-th of the events' leaf pages
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("page headers overwritten") << 2 << QByteArray(200, '\x7f'); // header and cell pointers
    QTest::newRow("pages zeroed") << 4 << QByteArray(4096, '\0');
}

// Damage in pages open() does not read (open reads the header, the schema, the checkpoint and
// the last events, never the whole file): the ledger opens, the check after it finds the
// damage, and the ledger stops as after a failed commit, leaving the file as it was.
void TestLedger::reportsDamageFoundAfterOpening()
{
    QFETCH(int, stride);
    QFETCH(QByteArray, bytes);
    // The check starts once the test waits in its event loop, listening; the damage is in the
    // second half of the events' pages, not the last pages, which open() reads (the events
    // after the checkpoint).
    writeDamagedLedger({}, {}, 20000);
    const QList<qint64> pages = eventLeafPages();
    QVERIFY(pages.size() > 20);
    QList<qint64> offsets;
    for (qsizetype i = pages.size() / 2; i < pages.size() - 4; i += stride)
        offsets << (pages.at(i) - 1) * 4096;
    damage(offsets, bytes);
    const QString path = databasePath();
    const QByteArray hash = fileHash(path);

    auto ledger = open();
    QVERIFY(ledger);
    QSignalSpy failed(ledger.get(), &Ledger::failed);
    QTRY_VERIFY(ledger->error().has_value());
    QCOMPARE(ledger->error()->code, u"ledger_corrupt"_s);
    QVERIFY2(ledger->error()->message.contains(path + u" is damaged"_s), qPrintable(ledger->error()->message));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"ledger_corrupt"_s);
    const qint64 seq = ledger->submit(sample::fullEvent());
    const auto flushed = ledger->flush();
    QVERIFY(!flushed);
    QCOMPARE(flushed.error().code, u"ledger_corrupt"_s);
    QVERIFY(ledger->durableSeq() < seq);
    ledger.reset();
    QCOMPARE(fileHash(path), hash);
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
