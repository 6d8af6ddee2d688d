#include "ledger/LedgerWriter.h"

#include "base/Handoff.h"
#include "ledger/AggregateCheckpoint.h"
#include "ledger/Aggregates.h"
#include "ledger/Connection.h"
#include "ledger/EventInsert.h"
#include "ledger/Statement.h"
#include "ledger/WalCheckpointer.h"

#include <QSqlError>
#include <QSqlQuery>

#include <chrono>
#include <thread>

namespace ledger {

namespace {

template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// Clang 14 (the fuzz build) does not deduce aggregate bases without it.
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// Group commit under load. A commit has a fixed cost: the WAL pages it rewrites (the same
// index pages for one row as for twenty) and, with syncEachCommit, an fsync. When the last
// batch shows items arriving together, the writer waits a moment before taking the next, so
// that each commit carries more of them. A lone submission never waits.
constexpr std::size_t BusyBatch = 4;
constexpr auto Linger = std::chrono::microseconds(1000);

} // namespace

// The writer's connection and its prepared statements; they live on the writer thread. The
// statements of every request (its document, its revision, the request itself) are on
// SQLite's own API; the rare ones (limits, the aggregates' checkpoint) on Qt SQL.
struct LedgerWriter::Statements
{
    explicit Statements(QSqlDatabase &database)
        : db(database)
        , doing(QStringLiteral("could not write to the ledger %1").arg(database.databaseName()))
        , upsertLimit(db)
        , upsertCheckpoint(db)
    {
    }

    std::optional<base::Error> prepare()
    {
        const std::pair<QSqlQuery *, QString> qtSql[] = {
            {&upsertLimit, QStringLiteral("INSERT INTO limits (id, name, max_pico, type, threshold_percent, "
                                          "created_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                                          "SET name = excluded.name, max_pico = excluded.max_pico, type = "
                                          "excluded.type, threshold_percent = excluded.threshold_percent")},
            {&upsertCheckpoint, QStringLiteral("INSERT OR REPLACE INTO aggregate_checkpoint "
                                               "(id, format, last_seq, data) VALUES (1, ?, ?, ?)")},
        };
        for (const auto &[query, sql] : qtSql) {
            if (!query->prepare(sql))
                return Connection::error(QStringLiteral("could not prepare the ledger's statements"),
                                         query->lastError());
        }
        sqlite3 *sqlite = Connection::handle(db);
        if (!sqlite) {
            return base::Error{
                QStringLiteral("ledger_sql_failed"),
                QStringLiteral("the connection to %1 is not a SQLite connection").arg(db.databaseName())};
        }
        const std::pair<std::optional<Statement> *, QString> native[] = {
            {&findDocument, QStringLiteral("SELECT revisions FROM documents WHERE id = ?")},
            {&insertDocument, QStringLiteral("INSERT OR IGNORE INTO documents (id, content, created_ms, "
                                             "updated_ms, revisions) VALUES (?, ?, ?, ?, 1)")},
            {&updateDocument, QStringLiteral("UPDATE documents SET content = ?, updated_ms = ?, "
                                             "revisions = ? WHERE id = ?")},
            {&insertRevision, QStringLiteral("INSERT INTO revisions (document_id, number, kind, "
                                             "content, request_id, event_id, at_ms) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?)")},
            {&upsertRequest, QStringLiteral("INSERT OR REPLACE INTO requests (id, method, path, "
                                            "status, user_id, started_ms, finished_ms) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?)")},
        };
        for (const auto &[statement, sql] : native) {
            auto prepared = Statement::prepare(sqlite, sql);
            if (!prepared)
                return prepareFailed(prepared.error());
            statement->emplace(std::move(prepared).value());
        }
        auto prepared = EventInsert::prepare(sqlite);
        if (!prepared)
            return prepareFailed(prepared.error());
        insertEvent = std::move(prepared).value();
        return std::nullopt;
    }

    static base::Error prepareFailed(const base::Error &error)
    {
        return base::Error{error.code, QStringLiteral("could not prepare the ledger's statements: ") + error.message};
    }

    std::optional<base::Error> failed(const QSqlQuery &query) const
    {
        return Connection::error(doing, query.lastError());
    }

    base::Error failed(const base::Error &error) const
    {
        return base::Error{error.code, doing + QStringLiteral(": ") + error.message};
    }

    std::optional<base::Error> run(Statement &statement) const
    {
        if (const std::optional<base::Error> failure = statement.run())
            return failed(*failure);
        return std::nullopt;
    }

    std::optional<base::Error> writeEvent(const EventRow &row)
    {
        if (const std::optional<base::Error> failure = insertEvent->insert(row))
            return failed(*failure);
        return std::nullopt;
    }

    // A refusal (an unknown or duplicate id) goes to *outcome; a failed statement is returned.
    std::optional<base::Error> writeDocument(const DocumentWrite &w, base::Result<Revision> *outcome)
    {
        // The content as UTF-8 once, for the document and its revision.
        const QByteArray content = w.content.toUtf8();
        int previous = 0;
        if (w.create) {
            // A new id (the caller made it): no look-up first; an existing one is ignored.
            insertDocument->bind(w.id, QByteArrayView(content), w.atMs, w.atMs);
            if (const std::optional<base::Error> failure = run(*insertDocument))
                return failure;
            if (insertDocument->changes() == 0) {
                *outcome = base::Error{QStringLiteral("document_exists"),
                                       QStringLiteral("a document with id %1 already exists").arg(w.id)};
                return std::nullopt;
            }
        } else {
            findDocument->bind(w.id);
            const base::Result<bool> found = findDocument->step();
            previous = found && *found ? int(findDocument->int64At(0)) : 0;
            findDocument->reset();
            if (!found)
                return failed(found.error());
            if (!*found) {
                *outcome = base::Error{QStringLiteral("not_found"), QStringLiteral("no document with id %1").arg(w.id)};
                return std::nullopt;
            }
            updateDocument->bind(QByteArrayView(content), w.atMs, previous + 1, w.id);
            if (const std::optional<base::Error> failure = run(*updateDocument))
                return failure;
        }
        const Revision revision{previous + 1, w.create ? QStringLiteral("create") : QStringLiteral("append"),
                                w.content,    w.requestId,
                                w.eventId,    utc(w.atMs)};
        insertRevision->bind(w.id, revision.number, revision.kind, QByteArrayView(content), revision.requestId,
                             revision.eventId, w.atMs);
        if (const std::optional<base::Error> failure = run(*insertRevision))
            return failure;
        *outcome = revision;
        return std::nullopt;
    }

    std::optional<base::Error> writeLimit(const payi::Limit &limit)
    {
        Connection::bind(upsertLimit,
                         {limit.id, limit.spec.name, limit.spec.max.pico(), payi::limitTypeName(limit.spec.type),
                          limit.spec.thresholdPercent, msOf(limit.created)});
        return upsertLimit.exec() ? std::nullopt : failed(upsertLimit);
    }

    std::optional<base::Error> writeRequest(const RequestRecord &r)
    {
        upsertRequest->bind(r.id, r.method, r.path, r.status, r.userId, msOf(r.started), msOf(r.finished));
        return run(*upsertRequest);
    }

    QSqlDatabase db;
    const QString doing;
    std::unique_ptr<EventInsert> insertEvent;
    std::optional<Statement> findDocument;
    std::optional<Statement> insertDocument;
    std::optional<Statement> updateDocument;
    std::optional<Statement> insertRevision;
    std::optional<Statement> upsertRequest;
    QSqlQuery upsertLimit;
    QSqlQuery upsertCheckpoint;
};

LedgerWriter::LedgerWriter(QString path, const Options &options, Aggregates *aggregates)
    : m_path(std::move(path))
    , m_syncEachCommit(options.syncEachCommit)
    , m_checkpointEvery(options.checkpointEvery)
    , m_aggregates(aggregates)
    , m_checkpointSeq(options.checkpointSeq)
    , m_lastSeq(options.lastSeq)
    , m_durableSeq(options.lastSeq)
{
}

LedgerWriter::~LedgerWriter()
{
    stop();
}

std::optional<base::Error> LedgerWriter::launch()
{
    start();
    std::unique_lock lock(m_mutex);
    m_committed.wait(lock, [this] { return m_opened.has_value(); });
    return *m_opened;
}

void LedgerWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    wait();
}

qint64 LedgerWriter::submit(const payi::CallEvent &event)
{
    EventRow row(0, event); // encode outside the lock
    std::lock_guard lock(m_mutex);
    const qint64 seq = ++m_lastSeq;
    if (m_error)
        return seq;
    row.setSeq(seq);
    m_queue.emplace_back(std::move(row));
    ++m_queuedItems;
    m_wake.notify_one();
    return seq;
}

void LedgerWriter::write(DocumentWrite write)
{
    enqueue(std::move(write));
}

void LedgerWriter::write(LimitWrite write)
{
    enqueue(std::move(write));
}

void LedgerWriter::write(RequestRecord record)
{
    enqueue(std::move(record));
}

void LedgerWriter::enqueue(Item item)
{
    std::unique_lock lock(m_mutex);
    if (m_error) {
        const base::Error error = *m_error;
        lock.unlock();
        reject(item, error);
        return;
    }
    m_queue.push_back(std::move(item));
    ++m_queuedItems;
    m_wake.notify_one();
}

void LedgerWriter::whenDurable(qint64 seq, QObject *context, Done<qint64> done)
{
    std::unique_lock lock(m_mutex);
    if (seq <= m_durableSeq) {
        lock.unlock();
        deliver(context, [done, seq] { done(seq); });
    } else if (m_error) {
        const base::Error error = *m_error;
        lock.unlock();
        deliver(context, [done, error] { done(error); });
    } else if (seq > m_lastSeq) {
        lock.unlock();
        const base::Error error{QStringLiteral("unknown_seq"),
                                QStringLiteral("no event with seq %1 was submitted").arg(seq)};
        deliver(context, [done, error] { done(error); });
    } else {
        m_waiters.emplace(seq, Waiter{context, std::move(done)});
    }
}

base::Result<qint64> LedgerWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_queuedItems;
    m_committed.wait(lock, [&] { return m_doneItems >= target || m_error; });
    if (m_error)
        return *m_error;
    return m_durableSeq;
}

qint64 LedgerWriter::lastSubmittedSeq() const
{
    std::lock_guard lock(m_mutex);
    return m_lastSeq;
}

qint64 LedgerWriter::durableSeq() const
{
    std::lock_guard lock(m_mutex);
    return m_durableSeq;
}

std::optional<base::Error> LedgerWriter::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void LedgerWriter::deliver(const QPointer<QObject> &context, std::function<void()> call)
{
    if (context)
        base::postTo(context.data(), std::move(call));
}

void LedgerWriter::run()
{
    base::scheduleAsBatch();
    auto opened = Connection::open(m_path, Connection::Mode::ReadWrite);
    std::optional<base::Error> openError;
    std::unique_ptr<Connection> connection;
    if (opened) {
        connection = std::move(opened).value();
        const QString doing = QStringLiteral("could not set up the ledger %1").arg(m_path);
        openError = connection->exec(QStringLiteral("PRAGMA journal_mode = WAL"), doing);
        if (!openError) {
            // Index pages of random ids stay cached across batches.
            openError = connection->exec(QStringLiteral("PRAGMA cache_size = -32768"), doing);
        }
        if (!openError) {
            openError = connection->exec(m_syncEachCommit ? QStringLiteral("PRAGMA synchronous = FULL")
                                                          : QStringLiteral("PRAGMA synchronous = NORMAL"),
                                         doing);
        }
    } else {
        openError = opened.error();
    }
    std::optional<Statements> statements;
    if (!openError) {
        statements.emplace(connection->db());
        openError = statements->prepare();
    }
    std::optional<WalCheckpointer> walCheckpointer; // goes before the connection closes
    if (!openError) {
        walCheckpointer.emplace(m_path);
        walCheckpointer->attach(Connection::handle(connection->db()));
    }
    {
        std::lock_guard lock(m_mutex);
        m_opened = openError;
    }
    m_committed.notify_all();
    if (openError)
        return;

    std::size_t lastBatch = 0;
    for (;;) {
        std::vector<Item> batch;
        std::optional<EncodedCheckpoint> checkpoint;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_encoded || m_stopping; });
            if (m_queue.empty() && !m_encoded)
                break;
            if (lastBatch >= BusyBatch && !m_stopping) {
                lock.unlock();
                std::this_thread::sleep_for(Linger);
                lock.lock();
            }
            batch.swap(m_queue);
            checkpoint.swap(m_encoded);
        }
        lastBatch = batch.size();
        if (!batch.empty())
            commit(*statements, batch);
        if (checkpoint)
            saveCheckpoint(*statements, *checkpoint);
        else
            encodeCheckpointIfDue();
    }
    if (m_encoder.joinable())
        m_encoder.join(); // what it encoded, if anything, is older than the last checkpoint
    const AggregateSnapshot last = m_aggregates->snapshot();
    if (!error() && last.lastSeq() > m_checkpointSeq)
        saveCheckpoint(*statements, {last.lastSeq(), AggregateCheckpoint::encode(last.tables())});
}

void LedgerWriter::encodeCheckpointIfDue()
{
    if (durableSeq() - m_checkpointSeq < m_checkpointEvery)
        return;
    {
        std::lock_guard lock(m_mutex);
        if (m_encoding || m_error)
            return;
        m_encoding = true;
    }
    if (m_encoder.joinable())
        m_encoder.join(); // the previous one, which has finished
    m_encoder = std::thread([this, snapshot = m_aggregates->snapshot()] {
        QByteArray data = AggregateCheckpoint::encode(snapshot.tables());
        {
            std::lock_guard lock(m_mutex);
            m_encoded = EncodedCheckpoint{snapshot.lastSeq(), std::move(data)};
            m_encoding = false;
        }
        m_wake.notify_one();
    });
}

void LedgerWriter::saveCheckpoint(Statements &statements, const EncodedCheckpoint &checkpoint)
{
    if (checkpoint.seq <= m_checkpointSeq || error())
        return;
    // Failing is not fatal (the events are the truth); the next try comes after
    // checkpointEvery more events.
    m_checkpointSeq = checkpoint.seq;
    Connection::bind(statements.upsertCheckpoint, {AggregateCheckpoint::Format, checkpoint.seq, checkpoint.data});
    if (!statements.upsertCheckpoint.exec()) {
        qWarning("%s", qPrintable(statements.failed(statements.upsertCheckpoint)->message));
        return;
    }
    statements.upsertCheckpoint.finish();
}

void LedgerWriter::commit(Statements &statements, std::vector<Item> &batch)
{
    if (const std::optional<base::Error> earlier = error()) {
        failAll(batch, *earlier);
        return;
    }
    std::vector<std::function<void()>> replies;
    std::vector<EventFacts> facts;
    qint64 lastSeq = 0;
    std::optional<base::Error> failure;
    if (!statements.db.transaction())
        failure = Connection::error(statements.doing, statements.db.lastError());
    for (auto it = batch.begin(); it != batch.end() && !failure; ++it) {
        failure = writeItem(statements, *it, &replies);
        if (EventRow *row = std::get_if<EventRow>(&*it)) {
            lastSeq = row->seq();
            facts.push_back(row->takeFacts());
        }
    }
    if (!failure && !statements.db.commit())
        failure = Connection::error(statements.doing, statements.db.lastError());
    if (failure) {
        statements.db.rollback();
        failAll(batch, base::Error{QStringLiteral("ledger_write_failed"),
                                   QStringLiteral("%1. Nothing after seq %2 was stored and the "
                                                  "ledger takes no more writes: check that the "
                                                  "disk has room, then restart Costbench")
                                       .arg(failure->message)
                                       .arg(durableSeq())});
        return;
    }

    m_aggregates->add(facts);
    std::vector<std::pair<qint64, Waiter>> ready;
    qint64 durableUpTo = 0;
    {
        std::lock_guard lock(m_mutex);
        if (lastSeq)
            m_durableSeq = lastSeq;
        durableUpTo = m_durableSeq;
        const auto end = m_waiters.upper_bound(durableUpTo);
        for (auto it = m_waiters.begin(); it != end; ++it)
            ready.emplace_back(it->first, std::move(it->second));
        m_waiters.erase(m_waiters.begin(), end);
    }
    for (auto &[seq, waiter] : ready)
        deliver(waiter.context, [done = std::move(waiter.done), seq = seq] { done(seq); });
    for (const auto &reply : replies)
        reply();
    if (lastSeq)
        emit durable(durableUpTo);
    markDone(batch.size()); // last: flush() returns after every notice of this batch
}

void LedgerWriter::markDone(std::size_t items)
{
    {
        std::lock_guard lock(m_mutex);
        m_doneItems += items;
    }
    m_committed.notify_all();
}

std::optional<base::Error> LedgerWriter::writeItem(Statements &statements, Item &item,
                                                   std::vector<std::function<void()>> *replies)
{
    return std::visit(Overloaded{
                          [&](const EventRow &row) { return statements.writeEvent(row); },
                          // A reply runs after the commit, and moves the callback out of its item then: a
                          // failed commit answers every item of the batch from the batch (failAll()).
                          [&](DocumentWrite &w) {
                              base::Result<Revision> outcome = Revision();
                              const std::optional<base::Error> failure = statements.writeDocument(w, &outcome);
                              replies->push_back([&w, outcome = std::move(outcome)] {
                                  deliver(w.context, [done = std::move(w.done), outcome] { done(outcome); });
                              });
                              return failure;
                          },
                          [&](LimitWrite &w) {
                              const std::optional<base::Error> failure = statements.writeLimit(w.limit);
                              replies->push_back([&w] {
                                  deliver(w.context, [done = std::move(w.done), limit = w.limit] { done(limit); });
                              });
                              return failure;
                          },
                          [&](const RequestRecord &record) { return statements.writeRequest(record); },
                      },
                      item);
}

void LedgerWriter::reject(Item &item, const base::Error &error)
{
    if (auto *w = std::get_if<DocumentWrite>(&item))
        deliver(w->context, [done = std::move(w->done), error] { done(error); });
    else if (auto *l = std::get_if<LimitWrite>(&item))
        deliver(l->context, [done = std::move(l->done), error] { done(error); });
}

void LedgerWriter::failAll(std::vector<Item> &batch, const base::Error &error)
{
    bool first = false;
    std::multimap<qint64, Waiter> waiters;
    {
        std::lock_guard lock(m_mutex);
        if (!m_error) {
            m_error = error;
            first = true;
        }
        waiters.swap(m_waiters);
    }
    for (auto &[seq, waiter] : waiters)
        deliver(waiter.context, [done = std::move(waiter.done), error] { done(error); });
    for (Item &item : batch)
        reject(item, error);
    if (first)
        emit failed(error.code, error.message);
    markDone(batch.size());
}

} // namespace ledger
