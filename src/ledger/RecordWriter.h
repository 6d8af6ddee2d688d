#pragma once

#include "base/Result.h"
#include "ledger/Document.h"
#include "ledger/RequestRecord.h"
#include "ledger/Statement.h"
#include "ledger/WalCheckpointer.h"
#include "payi/Limit.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <memory>
#include <optional>

struct sqlite3;

namespace ledger {

class Connection;
class EventInsert;
class EventRow;

// The writer thread's connection to the ledger, and what it writes there for each kind of
// record: events, documents with their revisions, limits, requests and the aggregates'
// checkpoint. The statements of every request (its document, its revision, the request
// itself) are on SQLite's own API; the rare ones (limits, the checkpoint) on Qt SQL. Open,
// use and destroy it on one thread. A write returns what failed, saying what was being done.
class RecordWriter
{
public:
    // Opens the file for writing (WAL; with syncEachCommit every commit is on disk when it
    // returns) and prepares the statements; the log is copied back by a WalCheckpointer.
    static base::Result<std::unique_ptr<RecordWriter>> open(const QString &path, bool syncEachCommit);
    ~RecordWriter();
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;

    std::optional<base::Error> begin();
    std::optional<base::Error> commit();
    void rollback();

    std::optional<base::Error> writeEvent(const EventRow &row);
    // A refusal (an unknown or duplicate id) goes to *outcome; a failed statement is returned.
    std::optional<base::Error> writeDocument(const DocumentEdit &edit, base::Result<Revision> *outcome);
    std::optional<base::Error> writeLimit(const payi::Limit &limit);
    std::optional<base::Error> writeRequest(const RequestRecord &record);
    // Replaces the saved checkpoint (AggregateCheckpoint) with data, which counts up to seq.
    std::optional<base::Error> writeCheckpoint(qint64 seq, const QByteArray &data);
    // The connection's SQLite handle, for what else runs on the writer's thread: statements of
    // other units in the same transactions (InstanceStore), the retention job (TextRetention).
    sqlite3 *handle() const;

private:
    explicit RecordWriter(std::unique_ptr<Connection> connection);
    std::optional<base::Error> setUp(const QString &path, bool syncEachCommit);
    std::optional<base::Error> prepare();
    static base::Error prepareFailed(const base::Error &error);
    std::optional<base::Error> failed(const QSqlQuery &query) const;
    base::Error failed(const base::Error &error) const;
    std::optional<base::Error> run(Statement &statement) const;
    // A revision's content as stored: a reference into its event's response when the event is
    // among the last RecentTexts written and its response holds the content, else encoded.
    QByteArray revisionText(const DocumentEdit &edit, const QByteArray &encoded);

    std::unique_ptr<Connection> m_connection;
    const QString m_doing;
    std::unique_ptr<EventInsert> m_insertEvent;
    std::optional<Statement> m_findDocument;
    std::optional<Statement> m_insertDocument;
    std::optional<Statement> m_updateDocument;
    std::optional<Statement> m_insertRevision;
    std::optional<Statement> m_upsertRequest;
    std::optional<Statement> m_findTexts;
    // The seq of the last events written with texts, by event id: a document's revision comes
    // a moment after its event.
    static constexpr int RecentTexts = 4096;
    QHash<QByteArray, qint64> m_seqOfTexts;
    QList<QByteArray> m_recentTexts = QList<QByteArray>(RecentTexts);
    int m_nextRecent = 0;
    QSqlQuery m_upsertLimit;
    QSqlQuery m_upsertCheckpoint;
    // Last: it stops before the statements and the connection close (see WalCheckpointer).
    std::optional<WalCheckpointer> m_walCheckpointer;
};

} // namespace ledger
