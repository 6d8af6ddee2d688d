#include "ledger/Aggregates.h"

#include "ledger/AggregateCheckpoint.h"
#include "ledger/Connection.h"
#include "ledger/EventReader.h"
#include "ledger/InstanceStore.h"

#include <QElapsedTimer>
#include <QSqlDatabase>

#include <sqlite3.h>

#include <algorithm>

namespace ledger {

namespace {

// The n instances of touched with the latest events.
QHash<InstanceKey, qint64> latest(const QHash<InstanceKey, qint64> &touched, qint64 n)
{
    if (touched.size() <= n)
        return touched;
    std::vector<qint64> seqs;
    seqs.reserve(size_t(touched.size()));
    for (const qint64 seq : touched)
        seqs.push_back(seq);
    const auto keep = seqs.end() - n;
    std::nth_element(seqs.begin(), keep, seqs.end());
    QHash<InstanceKey, qint64> kept;
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        if (it.value() >= *keep)
            kept.insert(it.key(), it.value());
    }
    return kept;
}

// Reads the instances the events after the checkpoint touched from the file, which has their
// exact totals, into tables; with counted, those first seen after the checkpoint are counted
// as new (without, every instance was counted from the file already).
std::optional<base::Error> readInstances(sqlite3 *sqlite, const QHash<InstanceKey, qint64> &touched,
                                         qint64 checkpointSeq, bool counted, AggregateTables *tables)
{
    if (touched.isEmpty())
        return std::nullopt;
    base::Result<std::unique_ptr<InstanceStore>> store = InstanceStore::prepare(sqlite);
    if (!store)
        return store.error();
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        base::Result<std::optional<StoredInstance>> read = (*store)->read(it.key());
        if (!read)
            return read.error();
        if (!*read)
            continue; // not possible: the instance is written with its events
        StoredInstance instance = std::move(**read);
        instance.fresh = !counted && instance.firstSeq > checkpointSeq;
        instance.totals.touchedSeq = it.value();
        tables->setInstance(it.key(), instance);
    }
    return std::nullopt;
}

} // namespace

base::Result<Aggregates::Instances> Aggregates::stage(const std::vector<EventFacts> &batch,
                                                      const StoredLookup &stored) const
{
    // No lock: only this thread (the writer's) changes m_live, and the reads from the file must
    // not hold up the threads taking a snapshot.
    Instances staged;
    QStringList newSources; // in the order add() will number them
    for (const EventFacts &facts : batch) {
        qint32 source = 0;
        const auto known = m_live.sources.constFind(facts.source);
        if (known != m_live.sources.constEnd()) {
            source = known->index;
        } else {
            if (!newSources.contains(facts.source))
                newSources.append(facts.source);
            source = qint32(m_live.sourceNames.size() + newSources.indexOf(facts.source));
        }
        const InstanceKey key{facts.useCaseName, facts.useCaseId};
        auto it = staged.find(key);
        if (it == staged.end()) {
            std::optional<StoredInstance> before = m_live.recentInstance(key);
            if (!before && stored) {
                base::Result<std::optional<StoredInstance>> read = stored(key);
                if (!read)
                    return read.error();
                before = std::move(read).value();
                // The event's insert made the row (EventInsert): no event of it was counted yet.
                if (before && before->totals.totals.calls == 0)
                    before->fresh = true;
            }
            if (!before) {
                before = StoredInstance();
                before->firstSeq = facts.seq;
                before->fresh = true;
            }
            it = staged.insert(key, std::move(*before));
        }
        it->add(facts, source);
    }
    return staged;
}

void Aggregates::add(const std::vector<EventFacts> &batch, const Instances &instances)
{
    std::lock_guard lock(m_mutex);
    m_published.reset();
    for (const EventFacts &facts : batch)
        m_live.addGlobal(facts);
    for (auto it = instances.cbegin(); it != instances.cend(); ++it)
        m_live.setInstance(it.key(), it.value());
    m_live.forgetOldInstances();
}

void Aggregates::add(const std::vector<EventFacts> &batch)
{
    const base::Result<Instances> staged = stage(batch, {});
    add(batch, *staged); // without a file there is nothing to fail
}

AggregateSnapshot Aggregates::snapshot() const
{
    std::lock_guard lock(m_mutex);
    if (!m_published)
        m_published = std::make_shared<const AggregateTables>(m_live);
    return AggregateSnapshot(m_published);
}

base::Result<Aggregates::Rebuilt> Aggregates::rebuild(QSqlDatabase &db)
{
    const auto failed = [&db](const QString &detail) {
        return base::Error{QStringLiteral("ledger_read_failed"),
                           QStringLiteral("could not read the events of %1: %2").arg(db.databaseName(), detail)};
    };
    sqlite3 *sqlite = Connection::handle(db);
    if (!sqlite)
        return failed(QStringLiteral("not a SQLite connection"));
    using Scan = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;
    const auto prepare = [sqlite](const QString &sql) {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt *raw = nullptr;
        sqlite3_prepare_v2(sqlite, utf8.constData(), int(utf8.size()), &raw, nullptr);
        return Scan(raw, sqlite3_finalize);
    };

    AggregateTables tables;
    Rebuilt rebuilt;
    QElapsedTimer timer;
    timer.start();
    {
        // Usable only if it ends at or before the last event: the events are never
        // rewritten, so the checkpoint plus the events after it count each event once.
        const Scan checkpoint =
            prepare(QStringLiteral("SELECT data, last_seq <= (SELECT COALESCE(MAX(seq), 0) FROM events) "
                                   "FROM aggregate_checkpoint WHERE id = 1 AND format = %1")
                        .arg(AggregateCheckpoint::Format));
        if (!checkpoint)
            return failed(QString::fromUtf8(sqlite3_errmsg(sqlite)));
        if (sqlite3_step(checkpoint.get()) == SQLITE_ROW && sqlite3_column_int(checkpoint.get(), 1) != 0) {
            const QByteArray data(static_cast<const char *>(sqlite3_column_blob(checkpoint.get(), 0)),
                                  sqlite3_column_bytes(checkpoint.get(), 0));
            if (std::optional<AggregateTables> saved = AggregateCheckpoint::decode(data)) {
                tables = std::move(*saved);
                rebuilt.checkpointSeq = tables.lastSeq;
            }
        }
    }
    rebuilt.checkpointUs = timer.nsecsElapsed() / 1000;
    timer.restart();
    const Scan scan = prepare(EventReader::factsSql());
    if (!scan)
        return failed(QString::fromUtf8(sqlite3_errmsg(sqlite)));
    sqlite3_bind_int64(scan.get(), 1, rebuilt.checkpointSeq);
    // Without a checkpoint every event is counted (a ledger of an earlier format, or a damaged
    // checkpoint): only the instances of the latest events are kept then.
    const bool everyEvent = rebuilt.checkpointSeq == 0;
    QHash<InstanceKey, qint64> touched; // -> its latest event's seq
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(scan.get())) == SQLITE_ROW) {
        EventFacts facts = EventReader::readFacts(scan.get());
        tables.addGlobal(facts);
        touched.insert(InstanceKey{std::move(facts.useCaseName), std::move(facts.useCaseId)}, facts.seq);
        ++rebuilt.replayed;
        if (everyEvent && touched.size() > 2 * AggregateTables::MaxRecentInstances)
            touched = latest(touched, AggregateTables::MaxRecentInstances);
    }
    if (stepped != SQLITE_DONE)
        return failed(QString::fromUtf8(sqlite3_errmsg(sqlite)));
    if (everyEvent) {
        const Scan counts =
            prepare(QStringLiteral("SELECT use_case_name, COUNT(*) FROM instances GROUP BY use_case_name"));
        if (!counts)
            return failed(QString::fromUtf8(sqlite3_errmsg(sqlite)));
        while ((stepped = sqlite3_step(counts.get())) == SQLITE_ROW) {
            const qint64 count = sqlite3_column_int64(counts.get(), 1);
            tables.useCaseInstances.insert(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(counts.get(), 0)),
                                  sqlite3_column_bytes(counts.get(), 0)),
                count);
            tables.instanceCount += count;
        }
        if (stepped != SQLITE_DONE)
            return failed(QString::fromUtf8(sqlite3_errmsg(sqlite)));
    }
    if (std::optional<base::Error> failure =
            readInstances(sqlite, everyEvent ? latest(touched, AggregateTables::MaxRecentInstances) : touched,
                          rebuilt.checkpointSeq, everyEvent, &tables))
        return failed(failure->message);
    tables.forgetOldInstances();
    rebuilt.replayUs = timer.nsecsElapsed() / 1000;

    std::lock_guard lock(m_mutex);
    m_live = std::move(tables);
    m_published.reset();
    rebuilt.lastSeq = m_live.lastSeq;
    return rebuilt;
}

} // namespace ledger
