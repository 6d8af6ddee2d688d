#pragma once

#include "base/Result.h"
#include "ledger/Aggregates.h"
#include "ledger/Document.h"
#include "ledger/EventRow.h"
#include "ledger/RequestRecord.h"
#include "payi/Limit.h"

#include <QPointer>
#include <QThread>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>
#include <vector>

namespace ledger {

class InstanceStore;
class RecordWriter;
class TextRetention;

// The one thread that writes the ledger. It drains its queue into one transaction per
// batch (group commit: whatever arrived while the previous batch committed), with the
// totals of every instance the batch's events touch (InstanceStore), adds the committed
// events to the aggregates, then reports durability. After a failed commit the
// writer stops writing: everything not yet committed is reported failed, nothing is
// retried or skipped, so "durable up to seq N" never has holes. What each kind of record
// is in the file is the RecordWriter's, which this thread owns.
//
// Every checkpointEvery events, and when it stops, the writer also saves the aggregates
// (AggregateCheckpoint) so that the next start counts only the events after them. The
// encoding runs on a thread of its own, so commits do not wait for it.
class LedgerWriter final : public QThread
{
    Q_OBJECT

public:
    template <typename T>
    using Done = std::function<void(base::Result<T>)>;

    struct DocumentWrite
    {
        DocumentEdit edit;
        QPointer<QObject> context;
        Done<Revision> done;
    };

    struct LimitWrite
    {
        payi::Limit limit;
        QPointer<QObject> context;
        Done<payi::Limit> done;
    };

    struct Options
    {
        bool syncEachCommit = true;
        qint64 lastSeq = 0;       // the last seq in the file
        qint64 checkpointSeq = 0; // where the saved checkpoint ends
        qint64 checkpointEvery = 25'000;
        qint64 retentionBytes = 0; // the texts' budget (TextRetention); 0: never drop any
    };
    // What retention sees of the file: the bytes of the pages it uses, and the seq up to which
    // every event has lost its texts (0: none). Measured every RetentionCheck.
    struct Storage
    {
        qint64 usedBytes = 0;
        qint64 retentionBytes = 0;
        qint64 textsDroppedThrough = 0;
    };
    static constexpr auto RetentionCheck = std::chrono::seconds(1);

    LedgerWriter(QString path, const Options &options, Aggregates *aggregates);
    ~LedgerWriter() override;

    // Starts the thread; returns once its connection is open (or failed to open).
    std::optional<base::Error> launch();
    // Writes what is queued, then ends the thread.
    void stop();

    qint64 submit(const payi::CallEvent &event, const AuditFinding &audit = {});
    void write(DocumentWrite write);
    void write(LimitWrite write);
    void write(RequestRecord record);

    void whenDurable(qint64 seq, QObject *context, Done<qint64> done);
    // Blocks until every write queued so far is committed; returns the durable seq.
    base::Result<qint64> flush();

    qint64 lastSubmittedSeq() const;
    qint64 durableSeq() const;
    std::optional<base::Error> error() const;
    Storage storage() const;
    // Stops writing as a failed commit does, with error: what is queued and every later
    // write fail with it, and failed() is emitted (unless the writer had already failed).
    void halt(const base::Error &error);

signals:
    // Emitted on the writer thread; connect with queued (or auto) connections.
    void durable(qint64 upToSeq);
    void failed(const QString &code, const QString &message);

protected:
    void run() override;

private:
    using Item = std::variant<EventRow, DocumentWrite, LimitWrite, RequestRecord>;
    struct Waiter
    {
        QPointer<QObject> context;
        Done<qint64> done;
    };
    struct EncodedCheckpoint
    {
        qint64 seq = 0;
        QByteArray data;
    };

    void enqueue(Item item);
    void commit(RecordWriter &records, std::vector<Item> &batch);
    std::optional<base::Error> writeItem(RecordWriter &records, Item &item,
                                         std::vector<std::function<void()>> *replies);
    void failAll(std::vector<Item> &batch, const base::Error &error);
    static void reject(Item &item, const base::Error &error);
    void markDone(std::size_t items);
    // Each instance the batch touches, with its totals after it, written in the transaction of
    // its events (InstanceStore); *instances gets them, for the aggregates once committed.
    std::optional<base::Error> writeInstances(const std::vector<EventFacts> &facts, Aggregates::Instances *instances);
    void encodeCheckpointIfDue();
    // A step of retention when it is due: measures the file every RetentionCheck, and once it
    // is over the budget drops a chunk of texts each turn until it is back under it. Returns
    // whether it is to run again at once.
    bool retainIfDue(TextRetention *retention);
    void saveCheckpoint(RecordWriter &records, const EncodedCheckpoint &checkpoint);
    static void deliver(const QPointer<QObject> &context, std::function<void()> call);

    const QString m_path;
    const bool m_syncEachCommit;
    const qint64 m_checkpointEvery;
    Aggregates *const m_aggregates;
    qint64 m_checkpointSeq; // the writer thread's
    std::thread m_encoder;
    std::unique_ptr<InstanceStore> m_instances; // the writer thread's, on its connection

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;      // the writer: work or stop
    std::condition_variable m_committed; // flush() and launch(): progress
    std::vector<Item> m_queue;
    bool m_stopping = false;
    std::optional<std::optional<base::Error>> m_opened;
    qint64 m_lastSeq;
    qint64 m_durableSeq;
    quint64 m_queuedItems = 0;
    quint64 m_doneItems = 0;
    std::multimap<qint64, Waiter> m_waiters;
    std::optional<base::Error> m_error;
    bool m_encoding = false;
    std::optional<EncodedCheckpoint> m_encoded;
    const qint64 m_retentionBytes;
    bool m_retaining = false; // the writer thread's: over the budget, dropping
    std::chrono::steady_clock::time_point m_nextRetentionCheck;
    std::atomic<qint64> m_usedBytes{0};
    std::atomic<qint64> m_textsDroppedThrough{0};
};

} // namespace ledger
