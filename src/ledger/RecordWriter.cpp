#include "ledger/RecordWriter.h"

#include "ledger/AggregateCheckpoint.h"
#include "ledger/Connection.h"
#include "ledger/EventInsert.h"
#include "ledger/EventRow.h"
#include "ledger/StoredText.h"

#include "base/JsonText.h"

#include <QSqlError>

#include <limits>

namespace ledger {

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace

base::Result<std::unique_ptr<RecordWriter>> RecordWriter::open(const QString &path, bool syncEachCommit)
{
    auto opened = Connection::open(path, Connection::Mode::ReadWrite);
    if (!opened)
        return opened.error();
    std::unique_ptr<RecordWriter> records(new RecordWriter(std::move(opened).value()));
    std::optional<base::Error> failure = records->setUp(path, syncEachCommit);
    if (!failure)
        failure = records->prepare();
    if (failure)
        return *failure;
    records->m_walCheckpointer.emplace(path);
    records->m_walCheckpointer->attach(Connection::handle(records->m_connection->db()));
    return records;
}

RecordWriter::RecordWriter(std::unique_ptr<Connection> connection)
    : m_connection(std::move(connection))
    , m_doing(QStringLiteral("could not write to the ledger %1").arg(m_connection->db().databaseName()))
    , m_upsertLimit(m_connection->db())
    , m_upsertCheckpoint(m_connection->db())
{
}

RecordWriter::~RecordWriter() = default;

sqlite3 *RecordWriter::handle() const
{
    return Connection::handle(m_connection->db());
}

std::optional<base::Error> RecordWriter::setUp(const QString &path, bool syncEachCommit)
{
    const QString doing = QStringLiteral("could not set up the ledger %1").arg(path);
    std::optional<base::Error> failure = m_connection->exec(QStringLiteral("PRAGMA journal_mode = WAL"), doing);
    if (!failure) {
        // Index pages of random ids stay cached across batches.
        failure = m_connection->exec(QStringLiteral("PRAGMA cache_size = -32768"), doing);
    }
    if (!failure) {
        // The log starts again from its beginning once it has been copied back; without a
        // limit its file keeps the size of its longest run, tens of megabytes under load.
        failure = m_connection->exec(
            QStringLiteral("PRAGMA journal_size_limit = %1").arg(WalCheckpointer::WakeAtPages * 4096), doing);
    }
    if (!failure) {
        failure = m_connection->exec(syncEachCommit ? QStringLiteral("PRAGMA synchronous = FULL")
                                                    : QStringLiteral("PRAGMA synchronous = NORMAL"),
                                     doing);
    }
    return failure;
}

std::optional<base::Error> RecordWriter::prepare()
{
    const std::pair<QSqlQuery *, QString> qtSql[] = {
        {&m_upsertLimit, QStringLiteral("INSERT INTO limits (id, name, max_pico, type, threshold_percent, "
                                        "created_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                                        "SET name = excluded.name, max_pico = excluded.max_pico, type = "
                                        "excluded.type, threshold_percent = excluded.threshold_percent")},
        {&m_upsertCheckpoint, QStringLiteral("INSERT OR REPLACE INTO aggregate_checkpoint "
                                             "(id, format, last_seq, data) VALUES (1, ?, ?, ?)")},
    };
    for (const auto &[query, sql] : qtSql) {
        if (!query->prepare(sql))
            return Connection::error(QStringLiteral("could not prepare the ledger's statements"), query->lastError());
    }
    QSqlDatabase &db = m_connection->db();
    sqlite3 *sqlite = Connection::handle(db);
    if (!sqlite) {
        return base::Error{QStringLiteral("ledger_sql_failed"),
                           QStringLiteral("the connection to %1 is not a SQLite connection").arg(db.databaseName())};
    }
    const std::pair<std::optional<Statement> *, QString> native[] = {
        {&m_findDocument, QStringLiteral("SELECT revisions, cost_pico FROM documents WHERE id = ?")},
        {&m_insertDocument,
         QStringLiteral("INSERT OR IGNORE INTO documents (id, content, content_seq, created_ms, updated_ms, revisions, "
                        "create_instance_id, creation_cost_pico, cost_pico) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)")},
        {&m_updateDocument, QStringLiteral("UPDATE documents SET content = ?, content_seq = ?, updated_ms = ?, "
                                           "revisions = ?, cost_pico = ? WHERE id = ?")},
        {&m_insertRevision, QStringLiteral("INSERT INTO revisions (document_id, number, kind, "
                                           "content, request_id, event_id, at_ms, cost_pico) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_findTexts, QStringLiteral("SELECT texts FROM event_texts WHERE seq = ?")},
        {&m_upsertRequest, QStringLiteral("INSERT OR REPLACE INTO requests (id, method, path, "
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
    m_insertEvent = std::move(prepared).value();
    return std::nullopt;
}

base::Error RecordWriter::prepareFailed(const base::Error &error)
{
    return base::Error{error.code, QStringLiteral("could not prepare the ledger's statements: ") + error.message};
}

std::optional<base::Error> RecordWriter::failed(const QSqlQuery &query) const
{
    return Connection::error(m_doing, query.lastError());
}

base::Error RecordWriter::failed(const base::Error &error) const
{
    return base::Error{error.code, m_doing + QStringLiteral(": ") + error.message};
}

std::optional<base::Error> RecordWriter::run(Statement &statement) const
{
    if (const std::optional<base::Error> failure = statement.run())
        return failed(*failure);
    return std::nullopt;
}

std::optional<base::Error> RecordWriter::begin()
{
    if (!m_connection->db().transaction())
        return Connection::error(m_doing, m_connection->db().lastError());
    return std::nullopt;
}

std::optional<base::Error> RecordWriter::commit()
{
    if (!m_connection->db().commit())
        return Connection::error(m_doing, m_connection->db().lastError());
    return std::nullopt;
}

void RecordWriter::rollback()
{
    m_connection->db().rollback();
}

std::optional<base::Error> RecordWriter::writeEvent(const EventRow &row)
{
    if (const std::optional<base::Error> failure = m_insertEvent->insert(row))
        return failed(*failure);
    if (row.hasTexts()) {
        QByteArray &oldest = m_recentTexts[m_nextRecent];
        m_seqOfTexts.remove(oldest);
        oldest = row.eventIdUtf8().toByteArray();
        m_seqOfTexts.insert(oldest, row.seq());
        m_nextRecent = (m_nextRecent + 1) % m_recentTexts.size();
    }
    return std::nullopt;
}

QByteArray RecordWriter::revisionText(const DocumentEdit &edit, const QByteArray &encoded)
{
    const auto found = m_seqOfTexts.constFind(edit.eventId.toUtf8());
    if (found == m_seqOfTexts.cend())
        return encoded;
    m_findTexts->bind(found.value());
    const base::Result<bool> row = m_findTexts->step();
    const std::optional<QByteArray> joined = row && *row ? StoredText::decode(m_findTexts->bytesAt(0)) : std::nullopt;
    m_findTexts->reset();
    const std::optional<StoredText::Exchange> exchange = joined ? StoredText::splitExchange(*joined) : std::nullopt;
    if (!exchange)
        return encoded;
    QByteArray quoted;
    base::appendJsonString(quoted, edit.content);
    const qsizetype at = exchange->response.indexOf(quoted);
    if (at < 0)
        return encoded;
    const StoredText::Slice slice{found.value(), quint32(at), quint32(quoted.size())};
    // Kept by reference only if it reads back as exactly this content.
    return StoredText::stringAt(exchange->response, slice) == edit.content ? StoredText::inEvent(slice) : encoded;
}

std::optional<base::Error> RecordWriter::writeDocument(const DocumentEdit &edit, base::Result<Revision> *outcome)
{
    // The content once: in the response of the event that produced it when that is where it
    // is (the document's content_seq says which, for retention), else compressed.
    const QByteArray content = revisionText(edit, StoredText::encode(edit.content.toUtf8()));
    const std::optional<StoredText::Slice> slice = StoredText::sliceOf(content);
    const std::optional<qint64> contentSeq = slice ? std::optional<qint64>(slice->seq) : std::nullopt;
    const Statement::Blob stored{content};
    int previous = 0;
    if (edit.create) {
        // A new id (the caller made it): no look-up first; an existing one is ignored.
        m_insertDocument->bind(edit.id, stored, contentSeq, edit.atMs, edit.atMs, edit.instanceId, edit.cost.pico(),
                               edit.cost.pico());
        if (const std::optional<base::Error> failure = run(*m_insertDocument))
            return failure;
        if (m_insertDocument->changes() == 0) {
            *outcome = base::Error{QStringLiteral("document_exists"),
                                   QStringLiteral("a document with id %1 already exists").arg(edit.id)};
            return std::nullopt;
        }
    } else {
        m_findDocument->bind(edit.id);
        const base::Result<bool> found = m_findDocument->step();
        previous = found && *found ? int(m_findDocument->int64At(0)) : 0;
        const payi::Money spent = payi::Money::fromPico(found && *found ? m_findDocument->int64At(1) : 0);
        m_findDocument->reset();
        if (!found)
            return failed(found.error());
        if (!*found) {
            *outcome = base::Error{QStringLiteral("not_found"), QStringLiteral("no document with id %1").arg(edit.id)};
            return std::nullopt;
        }
        // A total past the range of Money (millions of dollars on one document) stays at its largest.
        const payi::Money total =
            spent.checkedAdd(edit.cost).value_or(payi::Money::fromPico(std::numeric_limits<qint64>::max()));
        m_updateDocument->bind(stored, contentSeq, edit.atMs, previous + 1, total.pico(), edit.id);
        if (const std::optional<base::Error> failure = run(*m_updateDocument))
            return failure;
    }
    const Revision revision{previous + 1, edit.create ? QStringLiteral("create") : QStringLiteral("append"),
                            edit.content, edit.requestId,
                            edit.eventId, utc(edit.atMs),
                            edit.cost};
    m_insertRevision->bind(edit.id, revision.number, revision.kind, stored, revision.requestId, revision.eventId,
                           edit.atMs, edit.cost.pico());
    if (const std::optional<base::Error> failure = run(*m_insertRevision))
        return failure;
    *outcome = revision;
    return std::nullopt;
}

std::optional<base::Error> RecordWriter::writeLimit(const payi::Limit &limit)
{
    Connection::bind(m_upsertLimit,
                     {limit.id, limit.spec.name, limit.spec.max.pico(), payi::limitTypeName(limit.spec.type),
                      limit.spec.thresholdPercent, msOf(limit.created)});
    return m_upsertLimit.exec() ? std::nullopt : failed(m_upsertLimit);
}

std::optional<base::Error> RecordWriter::writeRequest(const RequestRecord &record)
{
    m_upsertRequest->bind(record.id, record.method, record.path, record.status, record.userId, msOf(record.started),
                          msOf(record.finished));
    return run(*m_upsertRequest);
}

std::optional<base::Error> RecordWriter::writeCheckpoint(qint64 seq, const QByteArray &data)
{
    Connection::bind(m_upsertCheckpoint, {AggregateCheckpoint::Format, seq, data});
    if (!m_upsertCheckpoint.exec())
        return failed(m_upsertCheckpoint);
    m_upsertCheckpoint.finish();
    return std::nullopt;
}

} // namespace ledger
