#include "ledger/LedgerWriter.h"

#include "base/Handoff.h"
#include "ledger/AggregateCheckpoint.h"
#include "ledger/Aggregates.h"
#include "ledger/InstanceStore.h"
#include "ledger/RecordWriter.h"
#include "ledger/TextRetention.h"

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

// Group commit under load. A commit has a fixed cost: the WAL pages it rewrites (the same
// index pages for one row as for twenty) and, with syncEachCommit, an fsync. When the last
// batch shows items arriving together, the writer waits a moment before taking the next, so
// that each commit carries more of them. A lone submission never waits.
constexpr std::size_t BusyBatch = 4;
constexpr auto Linger = std::chrono::microseconds(1000);

} // namespace

LedgerWriter::LedgerWriter(QString path, const Options &options, Aggregates *aggregates)
    : m_path(std::move(path))
    , m_syncEachCommit(options.syncEachCommit)
    , m_checkpointEvery(options.checkpointEvery)
    , m_aggregates(aggregates)
    , m_checkpointSeq(options.checkpointSeq)
    , m_lastSeq(options.lastSeq)
    , m_durableSeq(options.lastSeq)
    , m_retentionBytes(options.retentionBytes)
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
    base::handoff::acquire(this); // QThread::wait()'s ordering, told to ThreadSanitizer
}

qint64 LedgerWriter::submit(const payi::CallEvent &event, const AuditFinding &audit)
{
    EventRow row(0, event, audit); // encode outside the lock
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

LedgerWriter::Storage LedgerWriter::storage() const
{
    return Storage{m_usedBytes.load(std::memory_order_relaxed), m_retentionBytes,
                   m_textsDroppedThrough.load(std::memory_order_relaxed)};
}

void LedgerWriter::halt(const base::Error &error)
{
    std::vector<Item> none;
    failAll(none, error);
}

void LedgerWriter::deliver(const QPointer<QObject> &context, std::function<void()> call)
{
    if (context)
        base::postTo(context.data(), std::move(call));
}

void LedgerWriter::run()
{
    base::scheduleAsBatch();
    auto opened = RecordWriter::open(m_path, m_syncEachCommit);
    std::optional<base::Error> openError;
    if (opened) {
        base::Result<std::unique_ptr<InstanceStore>> instances = InstanceStore::prepare((*opened)->handle());
        if (instances)
            m_instances = std::move(instances).value();
        else
            openError = instances.error();
    } else {
        openError = opened.error();
    }
    {
        std::lock_guard lock(m_mutex);
        m_opened = openError;
    }
    m_committed.notify_all();
    if (openError)
        return;
    RecordWriter &records = *opened.value();
    std::unique_ptr<TextRetention> retention; // none without a budget
    if (m_retentionBytes > 0) {
        if (auto prepared = TextRetention::prepare(records.handle(), m_retentionBytes))
            retention = std::move(prepared).value();
        else // the ledger still records everything; only its texts are not dropped
            qWarning("costbench: the ledger's retention is off: %s", qPrintable(prepared.error().message));
    }

    std::size_t lastBatch = 0;
    bool retainAgain = false;
    for (;;) {
        std::vector<Item> batch;
        std::optional<EncodedCheckpoint> checkpoint;
        {
            std::unique_lock lock(m_mutex);
            const auto ready = [this] { return !m_queue.empty() || m_encoded || m_stopping; };
            if (!retention)
                m_wake.wait(lock, ready);
            else if (!retainAgain)
                m_wake.wait_until(lock, m_nextRetentionCheck, ready);
            if (m_stopping && m_queue.empty() && !m_encoded)
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
            commit(records, batch);
        if (checkpoint)
            saveCheckpoint(records, *checkpoint);
        else
            encodeCheckpointIfDue();
        if (retention)
            retainAgain = retainIfDue(retention.get());
    }
    if (m_encoder.joinable())
        m_encoder.join(); // what it encoded, if anything, is older than the last checkpoint
    const AggregateSnapshot last = m_aggregates->snapshot();
    if (!error() && last.lastSeq() > m_checkpointSeq)
        saveCheckpoint(records, {last.lastSeq(), AggregateCheckpoint::encode(last.tables())});
    m_instances.reset();          // before the connection closes
    base::handoff::release(this); // for stop(): the thread's end happens before wait() returns
}

bool LedgerWriter::retainIfDue(TextRetention *retention)
{
    const auto now = std::chrono::steady_clock::now();
    if (!m_retaining && now < m_nextRetentionCheck)
        return false;
    m_nextRetentionCheck = now + RetentionCheck;
    if (error())
        return m_retaining = false;
    const base::Result<bool> dropped = retention->step(m_retaining);
    if (!dropped) // not fatal: the events are all there; the next check tries again
        qWarning("costbench: %s", qPrintable(dropped.error().message));
    m_retaining = dropped && *dropped;
    m_textsDroppedThrough.store(retention->droppedThrough(), std::memory_order_relaxed);
    if (const base::Result<qint64> used = retention->usedBytes())
        m_usedBytes.store(*used, std::memory_order_relaxed);
    return m_retaining;
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

void LedgerWriter::saveCheckpoint(RecordWriter &records, const EncodedCheckpoint &checkpoint)
{
    if (checkpoint.seq <= m_checkpointSeq || error())
        return;
    // Failing is not fatal (the events are the truth); the next try comes after
    // checkpointEvery more events.
    m_checkpointSeq = checkpoint.seq;
    if (const std::optional<base::Error> failure = records.writeCheckpoint(checkpoint.seq, checkpoint.data))
        qWarning("%s", qPrintable(failure->message));
}

void LedgerWriter::commit(RecordWriter &records, std::vector<Item> &batch)
{
    if (const std::optional<base::Error> earlier = error()) {
        failAll(batch, *earlier);
        return;
    }
    std::vector<std::function<void()>> replies;
    std::vector<EventFacts> facts;
    qint64 lastSeq = 0;
    std::optional<base::Error> failure = records.begin();
    for (auto it = batch.begin(); it != batch.end() && !failure; ++it) {
        failure = writeItem(records, *it, &replies);
        if (EventRow *row = std::get_if<EventRow>(&*it)) {
            lastSeq = row->seq();
            facts.push_back(row->takeFacts());
        }
    }
    Aggregates::Instances instances;
    if (!failure)
        failure = writeInstances(facts, &instances);
    if (!failure)
        failure = records.commit();
    if (failure) {
        records.rollback();
        failAll(batch, base::Error{QStringLiteral("ledger_write_failed"),
                                   QStringLiteral("%1. Nothing after seq %2 was stored and the "
                                                  "ledger takes no more writes: check that the "
                                                  "disk has room, then restart Costbench")
                                       .arg(failure->message)
                                       .arg(durableSeq())});
        return;
    }

    m_aggregates->add(facts, instances);
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

std::optional<base::Error> LedgerWriter::writeInstances(const std::vector<EventFacts> &facts,
                                                        Aggregates::Instances *instances)
{
    base::Result<Aggregates::Instances> staged =
        m_aggregates->stage(facts, [this](const InstanceKey &key) { return m_instances->read(key); });
    if (!staged)
        return staged.error();
    *instances = std::move(staged).value();
    for (auto it = instances->cbegin(); it != instances->cend(); ++it) {
        if (std::optional<base::Error> failure = m_instances->write(it.key(), it.value()))
            return failure;
    }
    return std::nullopt;
}

void LedgerWriter::markDone(std::size_t items)
{
    {
        std::lock_guard lock(m_mutex);
        m_doneItems += items;
    }
    m_committed.notify_all();
}

std::optional<base::Error> LedgerWriter::writeItem(RecordWriter &records, Item &item,
                                                   std::vector<std::function<void()>> *replies)
{
    return std::visit(Overloaded{
                          [&](const EventRow &row) { return records.writeEvent(row); },
                          // A reply runs after the commit, and moves the callback out of its item then: a
                          // failed commit answers every item of the batch from the batch (failAll()).
                          [&](DocumentWrite &w) {
                              base::Result<Revision> outcome = Revision();
                              const std::optional<base::Error> failure = records.writeDocument(w.edit, &outcome);
                              replies->push_back([&w, outcome = std::move(outcome)] {
                                  deliver(w.context, [done = std::move(w.done), outcome] { done(outcome); });
                              });
                              return failure;
                          },
                          [&](LimitWrite &w) {
                              const std::optional<base::Error> failure = records.writeLimit(w.limit);
                              replies->push_back([&w] {
                                  deliver(w.context, [done = std::move(w.done), limit = w.limit] { done(limit); });
                              });
                              return failure;
                          },
                          [&](const RequestRecord &record) { return records.writeRequest(record); },
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
