#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "ledger/Aggregates.h"
#include "ledger/Document.h"
#include "ledger/EventExporter.h"
#include "ledger/EventRow.h"
#include "ledger/RequestRecord.h"
#include "payi/Limit.h"

#include <QObject>

#include <functional>
#include <memory>
#include <mutex>
#include <thread>

class QLockFile;
struct sqlite3;

namespace ledger {

class LedgerWriter;
class ReaderConnections;

struct LedgerOptions
{
    // true: SQLite synchronous=FULL, every commit reaches the disk before it is reported
    // durable, so an acknowledged write survives a power loss. false: synchronous=NORMAL,
    // which in WAL mode survives a process crash (SIGKILL) but may lose the last commits
    // on a power loss or OS crash.
    bool syncEachCommit = true;
    const base::Clock *clock = nullptr; // for document times; nullptr: the system clock
    // Events between two saves of the aggregates: after a crash, start-up counts at most
    // about this many events one by one (plus those since the last save).
    qint64 checkpointEvery = 25'000;
    // The retention budget (TextRetention): past it, the oldest events' prompt and response
    // texts are dropped. 0: never.
    qint64 retentionBytes = 0;
};

// The ledger's size on disk and its retention budget (docs/http-api.md, GET /ledger).
struct LedgerStorage
{
    qint64 fileBytes = 0;           // ledger.sqlite
    qint64 walBytes = 0;            // its write-ahead log
    qint64 usedBytes = 0;           // the file's pages in use (the rest are free, for reuse), as last measured
    qint64 retentionBytes = 0;      // the budget; 0: none
    qint64 textsDroppedThrough = 0; // every event up to this seq has lost its texts (0: none)
};

// Totals under a name: an instance (use_case_id) or a user.
struct NamedTotals
{
    QString name;
    Totals totals;
};

// A limit as stored, with its totals from the events. limit.spent, limit.calls and
// limit.blockedCalls are filled from the totals so that LimitRegistry::restore() can be fed:
// calls are those that ran (totals.calls less the calls a limit refused), as the registry counts.
struct LimitTotals
{
    payi::Limit limit;
    Totals totals;
};

// The durable record of every tracked call, document, limit and served request, in one
// SQLite file (WAL) under the data folder, with live aggregates.
//
// Every method may be called from any thread. Writes never block on the disk: they are
// queued to one writer thread that commits in batches. A caller that must not answer
// before a write is durable waits with whenDurable() (events) or the done callback
// (documents, limits): the callback runs after the commit, on the thread of `context`,
// through its event loop. Reads open their own connection and see committed data only.
class Ledger final : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Done = std::function<void(base::Result<T>)>;

    static QString defaultDataDir(); // the platform's app-data folder
    static QString databaseFileName() { return QStringLiteral("ledger.sqlite"); }

    // Opens (or creates) the ledger in dataDir, migrates it to the current schema and
    // rebuilds the aggregates. Refuses, leaving every file as it is, a folder in use by
    // another Costbench, a file written by a newer Costbench, and a foreign file or one whose
    // header or schema is damaged. Whether every page is sound (SQLite's quick_check, which
    // reads the whole file) is checked afterwards on a thread of its own, started once the
    // calling thread is back in its event loop (so that what it connects to failed() after
    // open() returns hears of it): damage found then stops the ledger as a failed commit does
    // (error() and failed() say ledger_corrupt) and nothing more is written to the file.
    static base::Result<std::unique_ptr<Ledger>> open(const QString &dataDir, const LedgerOptions &options = {});
    // Writes everything queued, then closes.
    ~Ledger() override;

    QString path() const { return m_path; }

    // Queues an event, with what the attribution audit found of it, and returns its seq at
    // once (strictly increasing, never reused).
    qint64 submit(const payi::CallEvent &event, const AuditFinding &audit = {});
    // Calls done(seq) once the event with this seq is committed, or done(error) if it
    // never will be (the ledger failed). Already durable: done is still queued, not called.
    void whenDurable(qint64 seq, QObject *context, Done<qint64> done);
    // The last seq submitted: waiting for it covers every event submitted so far.
    qint64 lastSubmittedSeq() const;
    qint64 durableSeq() const;
    // Blocks until everything submitted so far is committed. Not for a GUI thread.
    base::Result<qint64> flush();
    // Set once a commit failed (disk full, I/O error); nothing is written after it.
    std::optional<base::Error> error() const;
    // Cheap (two stat calls, no SQL): may be called on the server's thread.
    LedgerStorage storage() const;

    // Documents: each write is one revision, written by call (its request, its id, its cost;
    // for a create, the instance it was charged to); done runs after its commit. create refuses
    // an existing id (document_exists), append an unknown one (not_found).
    void createDocument(const QString &id, const QString &content, const payi::CallEvent &call, QObject *context,
                        Done<Revision> done);
    void appendRevision(const QString &id, const QString &content, const payi::CallEvent &call, QObject *context,
                        Done<Revision> done);
    enum class Revisions { Included, Omitted };
    // Omitted reads the document's row alone: what an append needs, whatever its history.
    base::Result<Document> document(const QString &id, Revisions revisions = Revisions::Included) const;
    base::Result<QList<Document>> documents() const; // oldest first, no revisions
    // The documents whose create call was charged to one of instanceIds, oldest first, no revisions.
    base::Result<QList<Document>> documentsCreatedIn(const QStringList &instanceIds) const;

    // Limits: the spec is stored; spending comes from the events.
    void saveLimit(const payi::Limit &limit, QObject *context, Done<payi::Limit> done);
    base::Result<QList<LimitTotals>> limits() const; // oldest first

    // Requests are written with the next batch; no acknowledgement.
    void recordRequest(const RequestRecord &record);
    base::Result<RequestRecord> request(const QString &id) const;

    // The live totals, up to the last commit. Cheap: share it, keep it, copy it.
    AggregateSnapshot snapshot() const;
    // How open() counted the aggregates: from a checkpoint, and how many events after it.
    Aggregates::Rebuilt rebuilt() const { return m_rebuilt; }
    // How long each step of open() took, in microseconds (the rebuild's own split is in
    // rebuilt()): what start-up costs, for the ledger's benchmark.
    struct OpenTimes
    {
        qint64 inspectUs = 0; // the existing file's checks, before it is opened for writing
        qint64 migrateUs = 0; // WAL mode and the migrations
        qint64 rebuildUs = 0; // the aggregates: the checkpoint and the events after it
        qint64 writerUs = 0;  // the writer thread's start
    };
    OpenTimes openTimes() const { return m_openTimes; }

    // Page queries. Events with seq > afterSeq, at most limit, in seq order; only those of
    // one source when source is not empty.
    base::Result<QList<StoredEvent>> eventsAfter(qint64 afterSeq, int limit, const QString &source = {}) const;
    // The latest events the attribution audit found misattributed, at most limit, oldest first.
    base::Result<QList<StoredEvent>> misattributed(int limit) const;
    // The instances of a use case, by use_case_id after afterId ("" for the first page),
    // with their totals, read from the file (recent or not) through its primary key.
    base::Result<QList<NamedTotals>> instances(const QString &useCaseName, const QString &afterId, int limit) const;
    // ById: by use_case_id after cursor, as instances(). Newest: by use_case_id descending, before
    // cursor ("" for the first page): the ids Costbench makes are time-ordered (UUID v7), so the
    // newest instances come first.
    enum class InstanceOrder { ById, Newest };
    base::Result<QList<NamedTotals>> instancePage(const QString &useCaseName, InstanceOrder order,
                                                  const QString &cursor, int limit) const;
    // Whether the use case has an instance of that id (a page's cursor must be one).
    base::Result<bool> hasInstance(const QString &useCaseName, const QString &useCaseId) const;
    // Users by user_id after afterUserId, or from the first without it. The user "" holds
    // the calls made without a user.
    QList<NamedTotals> users(const std::optional<QString> &afterUserId, int limit) const;

    // Streams the events after afterSeq (of one source, when source is not empty) to out;
    // returns how many were written.
    base::Result<qint64> exportEvents(QIODevice *out, EventExporter::Format format, qint64 afterSeq = 0,
                                      const QString &source = {}) const;

signals:
    // Every event up to upToSeq is committed. Emitted on the writer thread.
    void durable(qint64 upToSeq);
    // A commit failed, or the check after open found the file damaged; the ledger writes
    // nothing more. Emitted on the writer thread, or on the check's.
    void failed(const QString &code, const QString &message);

private:
    Ledger(QString path, std::unique_ptr<QLockFile> lock, std::unique_ptr<Aggregates> aggregates,
           const base::Clock *clock);
    // SQLite's quick_check of the whole file, on m_integrityCheck; stops the writer on damage.
    void checkIntegrity();
    void writeDocument(bool create, const QString &id, const QString &content, const payi::CallEvent &call,
                       QObject *context, Done<Revision> done);

    const QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Aggregates> m_aggregates;
    Aggregates::Rebuilt m_rebuilt;
    OpenTimes m_openTimes;
    std::unique_ptr<base::SystemClock> m_systemClock;
    const base::Clock *m_clock;
    std::unique_ptr<ReaderConnections> m_readers;
    std::unique_ptr<LedgerWriter> m_writer;
    std::thread m_integrityCheck;
    std::mutex m_checkMutex;
    bool m_closing = false;        // the destructor runs: the check ends and reports nothing
    sqlite3 *m_checking = nullptr; // the check's connection while it runs, to interrupt it
};

} // namespace ledger
