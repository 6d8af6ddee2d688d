#include "ledger/Ledger.h"

#include "base/Handoff.h"
#include "ledger/Aggregates.h"
#include "ledger/Connection.h"
#include "ledger/DocumentReader.h"
#include "ledger/EventReader.h"
#include "ledger/InstanceStore.h"
#include "ledger/LedgerWriter.h"
#include "ledger/Migrations.h"
#include "ledger/ReaderConnections.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <algorithm>

namespace ledger {

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

base::Error refused(const QString &code, const QString &message)
{
    return base::Error{code, message + QStringLiteral("; the file was left as it is")};
}

// Looks at an existing file without changing it: is it a Costbench ledger this version
// can open? Reads the header and the schema alone, whatever the file's size; whether every
// page is sound is checked after open (Ledger::checkIntegrity()).
std::optional<base::Error> checkFile(const QString &path)
{
    auto opened = Connection::open(path, Connection::Mode::ReadOnly);
    if (!opened)
        return refused(QStringLiteral("ledger_unreadable"), opened.error().message);
    Connection &connection = **opened;
    const QString doing = QStringLiteral("%1 is not a Costbench ledger or is damaged").arg(path);
    const auto notLedger = [&](const base::Error &error) {
        return refused(QStringLiteral("ledger_corrupt"), error.message);
    };
    const base::Result<QVariant> applicationId = connection.scalar(QStringLiteral("PRAGMA application_id"), doing);
    if (!applicationId)
        return notLedger(applicationId.error());
    const base::Result<QVariant> version = connection.scalar(QStringLiteral("PRAGMA user_version"), doing);
    if (!version)
        return notLedger(version.error());
    const base::Result<QVariant> tables =
        connection.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), doing);
    if (!tables)
        return notLedger(tables.error());
    if (applicationId->toInt() != Migrations::ApplicationId) {
        if (applicationId->toInt() == 0 && version->toInt() == 0 && tables->toInt() == 0)
            return std::nullopt; // an empty SQLite file: ours to set up
        return refused(QStringLiteral("ledger_foreign"), QStringLiteral("%1 is not a Costbench ledger").arg(path));
    }
    if (version->toInt() > Migrations::LatestVersion) {
        return refused(QStringLiteral("ledger_too_new"),
                       QStringLiteral("%1 was written by a newer Costbench (schema %2 > %3)")
                           .arg(path)
                           .arg(version->toInt())
                           .arg(Migrations::LatestVersion));
    }
    return std::nullopt;
}

// A read-only connection to a WAL file creates its -wal and -shm files when they are
// missing; remove those again so that a refused file is left exactly as it was.
std::optional<base::Error> inspect(const QString &path)
{
    QStringList created;
    for (const QString &side : {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(side))
            created << side;
    }
    std::optional<base::Error> problem = checkFile(path);
    for (const QString &side : std::as_const(created))
        QFile::remove(side);
    return problem;
}

base::Error lockError(const QLockFile &lock, const QString &dataDir)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock.error() == QLockFile::LockFailedError && lock.getLockInfo(&pid, &host, &application)) {
        return base::Error{QStringLiteral("ledger_locked"),
                           QStringLiteral("the data folder %1 is in use by another Costbench "
                                          "(process %2 on %3)")
                               .arg(dataDir)
                               .arg(pid)
                               .arg(host)};
    }
    return base::Error{QStringLiteral("ledger_locked"),
                       QStringLiteral("could not lock the data folder %1").arg(dataDir)};
}

// Runs a read on the calling thread's connection (Qt SQL connections are per thread).
template <typename T, typename Read>
base::Result<T> withReader(const ReaderConnections &readers, Read read)
{
    const base::Result<Connection *> connection = readers.acquire();
    if (!connection)
        return connection.error();
    base::Result<T> result = read((*connection)->db());
    ReaderConnections::release(**connection);
    return result;
}

} // namespace

QString Ledger::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

base::Result<std::unique_ptr<Ledger>> Ledger::open(const QString &dataDir, const LedgerOptions &options)
{
    const QDir dir(dataDir);
    if (!QDir().mkpath(dataDir)) {
        return base::Error{QStringLiteral("ledger_open_failed"),
                           QStringLiteral("could not create the data folder %1").arg(dataDir)};
    }
    auto lock = std::make_unique<QLockFile>(dir.filePath(QStringLiteral("costbench.lock")));
    lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (!lock->tryLock(0))
        return lockError(*lock, dataDir);

    const QString path = dir.filePath(databaseFileName());
    OpenTimes times;
    QElapsedTimer timer;
    timer.start();
    const auto lap = [&timer] {
        const qint64 us = timer.nsecsElapsed() / 1000;
        timer.restart();
        return us;
    };
    if (QFileInfo::exists(path)) {
        if (std::optional<base::Error> problem = inspect(path))
            return *problem;
    }
    times.inspectUs = lap();

    auto aggregates = std::make_unique<Aggregates>();
    Aggregates::Rebuilt rebuilt;
    {
        auto opened = Connection::open(path, Connection::Mode::ReadWrite);
        if (!opened)
            return opened.error();
        Connection &connection = **opened;
        if (auto failure = connection.exec(QStringLiteral("PRAGMA journal_mode = WAL"),
                                           QStringLiteral("could not set up %1").arg(path)))
            return *failure;
        if (auto failure = Migrations::migrate(connection.db()))
            return *failure;
        times.migrateUs = lap();
        const base::Result<Aggregates::Rebuilt> counted = aggregates->rebuild(connection.db());
        if (!counted)
            return counted.error();
        rebuilt = *counted;
        times.rebuildUs = lap();
    }

    std::unique_ptr<Ledger> ledger(new Ledger(path, std::move(lock), std::move(aggregates), options.clock));
    ledger->m_rebuilt = rebuilt;
    ledger->m_writer = std::make_unique<LedgerWriter>(
        path,
        LedgerWriter::Options{options.syncEachCommit, rebuilt.lastSeq, rebuilt.checkpointSeq, options.checkpointEvery,
                              options.retentionBytes},
        ledger->m_aggregates.get());
    connect(ledger->m_writer.get(), &LedgerWriter::durable, ledger.get(), &Ledger::durable, Qt::DirectConnection);
    connect(ledger->m_writer.get(), &LedgerWriter::failed, ledger.get(), &Ledger::failed, Qt::DirectConnection);
    if (std::optional<base::Error> failure = ledger->m_writer->launch())
        return *failure;
    times.writerUs = lap();
    ledger->m_openTimes = times;
    base::postTo(ledger.get(), [ledger = ledger.get()] {
        ledger->m_integrityCheck = std::thread([ledger] { ledger->checkIntegrity(); });
    });
    return ledger;
}

void Ledger::checkIntegrity()
{
    const QString doing = QStringLiteral("the check of every page failed");
    std::optional<base::Error> damage;
    {
        auto opened = Connection::open(m_path, Connection::Mode::ReadOnly);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return;
        }
        Connection &connection = **opened;
        {
            std::lock_guard lock(m_checkMutex);
            if (m_closing)
                return;
            m_checking = Connection::handle(connection.db());
        }
        QSqlQuery check(connection.db());
        QStringList problems;
        const bool ran = check.exec(QStringLiteral("PRAGMA quick_check"));
        while (ran && check.next() && problems.size() < 3)
            problems << check.value(0).toString();
        const QSqlError failure = check.lastError();
        check.finish();
        {
            std::lock_guard lock(m_checkMutex);
            m_checking = nullptr;
            if (m_closing)
                return; // interrupted: says nothing of the file
        }
        if (!ran)
            problems = QStringList{Connection::error(doing, failure).message};
        if (problems != QStringList{QStringLiteral("ok")}) {
            damage = base::Error{
                QStringLiteral("ledger_corrupt"),
                QStringLiteral("%1 is damaged (%2); the ledger takes no more writes: move the file away (or restore "
                               "it from a backup), then restart Costbench")
                    .arg(m_path, problems.join(QStringLiteral("; ")))};
        }
    }
    if (damage) {
        qCritical("%s", qPrintable(damage->message));
        m_writer->halt(*damage);
    }
}

Ledger::Ledger(QString path, std::unique_ptr<QLockFile> lock, std::unique_ptr<Aggregates> aggregates,
               const base::Clock *clock)
    : m_path(std::move(path))
    , m_lock(std::move(lock))
    , m_aggregates(std::move(aggregates))
    , m_systemClock(clock ? nullptr : std::make_unique<base::SystemClock>())
    , m_clock(clock ? clock : m_systemClock.get())
    , m_readers(std::make_unique<ReaderConnections>(m_path))
{
}

Ledger::~Ledger()
{
    {
        std::lock_guard lock(m_checkMutex);
        m_closing = true;
        if (m_checking)
            sqlite3_interrupt(m_checking);
    }
    if (m_integrityCheck.joinable())
        m_integrityCheck.join();
    // The readers close first, so that the writer's connection is the last: its close copies
    // the write-ahead log back and removes it, rather than leaving it on disk at its size.
    m_readers.reset();
    if (m_writer)
        m_writer->stop();
    m_writer.reset();
}

qint64 Ledger::submit(const payi::CallEvent &event, const AuditFinding &audit)
{
    return m_writer->submit(event, audit);
}

void Ledger::whenDurable(qint64 seq, QObject *context, Done<qint64> done)
{
    m_writer->whenDurable(seq, context, std::move(done));
}

qint64 Ledger::lastSubmittedSeq() const
{
    return m_writer->lastSubmittedSeq();
}

qint64 Ledger::durableSeq() const
{
    return m_writer->durableSeq();
}

base::Result<qint64> Ledger::flush()
{
    return m_writer->flush();
}

LedgerStorage Ledger::storage() const
{
    const LedgerWriter::Storage seen = m_writer->storage();
    return LedgerStorage{QFileInfo(m_path).size(), QFileInfo(m_path + QStringLiteral("-wal")).size(), seen.usedBytes,
                         seen.retentionBytes, seen.textsDroppedThrough};
}

std::optional<base::Error> Ledger::error() const
{
    return m_writer->error();
}

void Ledger::writeDocument(bool create, const QString &id, const QString &content, const payi::CallEvent &call,
                           QObject *context, Done<Revision> done)
{
    DocumentEdit edit{create,
                      id,
                      content,
                      call.requestId,
                      call.eventId,
                      m_clock->nowUtc().toMSecsSinceEpoch(),
                      create ? call.attribution.useCaseId : QString(),
                      call.cost.total};
    m_writer->write(LedgerWriter::DocumentWrite{std::move(edit), context, std::move(done)});
}

void Ledger::createDocument(const QString &id, const QString &content, const payi::CallEvent &call, QObject *context,
                            Done<Revision> done)
{
    writeDocument(true, id, content, call, context, std::move(done));
}

void Ledger::appendRevision(const QString &id, const QString &content, const payi::CallEvent &call, QObject *context,
                            Done<Revision> done)
{
    writeDocument(false, id, content, call, context, std::move(done));
}

base::Result<Document> Ledger::document(const QString &id, Revisions revisions) const
{
    return withReader<Document>(*m_readers, [&](QSqlDatabase &db) {
        return DocumentReader::document(db, id, revisions == Revisions::Included);
    });
}

base::Result<QList<Document>> Ledger::documents() const
{
    return withReader<QList<Document>>(*m_readers, [](QSqlDatabase &db) { return DocumentReader::documents(db); });
}

base::Result<QList<Document>> Ledger::documentsCreatedIn(const QStringList &instanceIds) const
{
    return withReader<QList<Document>>(*m_readers,
                                       [&](QSqlDatabase &db) { return DocumentReader::createdIn(db, instanceIds); });
}

void Ledger::saveLimit(const payi::Limit &limit, QObject *context, Done<payi::Limit> done)
{
    m_writer->write(LedgerWriter::LimitWrite{limit, context, std::move(done)});
}

base::Result<QList<LimitTotals>> Ledger::limits() const
{
    auto stored = withReader<QList<LimitTotals>>(*m_readers, [](QSqlDatabase &db) -> base::Result<QList<LimitTotals>> {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT id, name, max_pico, type, threshold_percent, "
                                       "created_ms FROM limits ORDER BY created_ms, id")))
            return Connection::error(QStringLiteral("could not list the limits"), query.lastError());
        QList<LimitTotals> limits;
        while (query.next()) {
            payi::Limit limit;
            limit.id = query.value(0).toString();
            limit.spec.name = query.value(1).toString();
            limit.spec.max = payi::Money::fromPico(query.value(2).toLongLong());
            limit.spec.type = payi::limitTypeFromName(query.value(3).toString()).value_or(payi::LimitType::Block);
            limit.spec.thresholdPercent = query.value(4).toInt();
            limit.created = utc(query.value(5).toLongLong());
            limits.append(LimitTotals{limit, {}});
        }
        return limits;
    });
    if (!stored)
        return stored;
    // Taken after the read: it covers at least every event the read could see.
    const AggregateSnapshot totals = snapshot();
    QList<LimitTotals> limits = std::move(stored).value();
    for (LimitTotals &entry : limits) {
        entry.totals = totals.limits().value(entry.limit.id);
        const payi::Money settled =
            entry.totals.cost.total.checkedSub(entry.totals.failedCost).value_or(entry.totals.cost.total);
        entry.limit.spent = settled; // a failed call spends nothing (LimitRegistry::settle)
        // Blocked calls are not calls (LimitRegistry::reserve counts them apart): those this
        // limit refused, and those another limit named with it refused.
        entry.limit.calls = entry.totals.calls - entry.totals.blocked - totals.limitBlockedElsewhere(entry.limit.id);
        entry.limit.blockedCalls = entry.totals.blocked;
    }
    return limits;
}

void Ledger::recordRequest(const RequestRecord &record)
{
    m_writer->write(record);
}

base::Result<RequestRecord> Ledger::request(const QString &id) const
{
    return withReader<RequestRecord>(*m_readers, [&](QSqlDatabase &db) -> base::Result<RequestRecord> {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT method, path, status, user_id, started_ms, "
                                     "finished_ms FROM requests WHERE id = ?"));
        Connection::bind(query, {id});
        if (!query.exec())
            return Connection::error(QStringLiteral("could not read request %1").arg(id), query.lastError());
        if (!query.next()) {
            return base::Error{QStringLiteral("not_found"), QStringLiteral("no request with id %1").arg(id)};
        }
        return RequestRecord{id,
                             query.value(0).toString(),
                             query.value(1).toString(),
                             query.value(2).toInt(),
                             query.value(3).toString(),
                             utc(query.value(4).toLongLong()),
                             utc(query.value(5).toLongLong())};
    });
}

AggregateSnapshot Ledger::snapshot() const
{
    return m_aggregates->snapshot();
}

base::Result<QList<StoredEvent>> Ledger::eventsAfter(qint64 afterSeq, int limit, const QString &source) const
{
    return withReader<QList<StoredEvent>>(*m_readers, [&](QSqlDatabase &db) -> base::Result<QList<StoredEvent>> {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (source.isEmpty()) {
            query.prepare(EventReader::selectSql() + QStringLiteral(" WHERE seq > ? ORDER BY seq LIMIT ?"));
            Connection::bind(query, {afterSeq, qMax(0, limit)});
        } else { // through events_by_source
            query.prepare(EventReader::selectSql()
                          + QStringLiteral(" WHERE source = ? AND seq > ? ORDER BY seq LIMIT ?"));
            Connection::bind(query, {source, afterSeq, qMax(0, limit)});
        }
        if (!query.exec())
            return Connection::error(QStringLiteral("could not read the events"), query.lastError());
        QList<StoredEvent> events;
        while (query.next())
            events.append(EventReader::read(query));
        return events;
    });
}

base::Result<QList<StoredEvent>> Ledger::misattributed(int limit) const
{
    return withReader<QList<StoredEvent>>(*m_readers, [limit](QSqlDatabase &db) -> base::Result<QList<StoredEvent>> {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // Through the index of the misattributed events alone, however many events there are.
        query.prepare(EventReader::selectSql()
                      + QStringLiteral(" INDEXED BY events_misattributed WHERE audit = %1 ORDER BY seq DESC LIMIT ?")
                            .arg(int(AuditFinding::Verdict::Misattributed)));
        Connection::bind(query, {qMax(0, limit)});
        if (!query.exec())
            return Connection::error(QStringLiteral("could not read the misattributed events"), query.lastError());
        QList<StoredEvent> events;
        while (query.next())
            events.prepend(EventReader::read(query));
        return events;
    });
}

base::Result<QList<NamedTotals>> Ledger::instances(const QString &useCaseName, const QString &afterId, int limit) const
{
    return instancePage(useCaseName, InstanceOrder::ById, afterId, limit);
}

base::Result<QList<NamedTotals>> Ledger::instancePage(const QString &useCaseName, InstanceOrder order,
                                                      const QString &cursor, int limit) const
{
    return withReader<QList<NamedTotals>>(*m_readers, [&](QSqlDatabase &db) -> base::Result<QList<NamedTotals>> {
        const QString doing = QStringLiteral("could not list the instances of %1").arg(useCaseName);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // Through the primary key (use_case_name, use_case_id), whatever the number of instances.
        const QString columns = QStringLiteral("SELECT use_case_id, %1 FROM instances WHERE use_case_name = ? ")
                                    .arg(InstanceStore::totalsColumns());
        if (order == InstanceOrder::ById) {
            query.prepare(columns + QStringLiteral("AND use_case_id > ? ORDER BY use_case_id LIMIT ?"));
            Connection::bind(query, {useCaseName, cursor, qMax(0, limit)});
        } else {
            query.prepare(columns
                          + QStringLiteral("AND (? = '' OR use_case_id < ?) ORDER BY use_case_id DESC LIMIT ?"));
            Connection::bind(query, {useCaseName, cursor, cursor, qMax(0, limit)});
        }
        if (!query.exec())
            return Connection::error(doing, query.lastError());
        QList<NamedTotals> page;
        while (query.next())
            page.append(NamedTotals{query.value(0).toString(), InstanceStore::totalsAt(query, 1)});
        return page;
    });
}

base::Result<bool> Ledger::hasInstance(const QString &useCaseName, const QString &useCaseId) const
{
    return withReader<bool>(*m_readers, [&](QSqlDatabase &db) -> base::Result<bool> {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT 1 FROM instances WHERE use_case_name = ? AND use_case_id = ?"));
        Connection::bind(query, {useCaseName, useCaseId});
        if (!query.exec())
            return Connection::error(QStringLiteral("could not read the instance %1").arg(useCaseId),
                                     query.lastError());
        return query.next();
    });
}

QList<NamedTotals> Ledger::users(const std::optional<QString> &afterUserId, int limit) const
{
    const AggregateSnapshot totals = snapshot();
    QStringList ids;
    for (auto it = totals.users().cbegin(); it != totals.users().cend(); ++it) {
        if (!afterUserId || it.key() > *afterUserId)
            ids << it.key();
    }
    std::sort(ids.begin(), ids.end());
    QList<NamedTotals> users;
    for (const QString &id : std::as_const(ids)) {
        if (users.size() >= limit)
            break;
        users.append(NamedTotals{id, totals.users().value(id)});
    }
    return users;
}

base::Result<qint64> Ledger::exportEvents(QIODevice *out, EventExporter::Format format, qint64 afterSeq,
                                          const QString &source) const
{
    return EventExporter(m_path).write(out, format, afterSeq, source);
}

} // namespace ledger
