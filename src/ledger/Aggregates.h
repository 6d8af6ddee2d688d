#pragma once

#include "base/Result.h"
#include "ledger/AggregateSnapshot.h"

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QSqlDatabase;

namespace ledger {

// The live totals per use case, instance, user, limit, model and minute. The writer adds
// each committed batch (O(1) per event); any thread takes a snapshot. A snapshot is made
// at most once per change, by sharing the tables (copy-on-write), never by recounting.
// Instances: only the recent ones are kept here (AggregateTables::MaxRecentInstances); every
// instance's totals are in the ledger's file, which the writer keeps in the transaction of the
// events (InstanceStore).
class Aggregates
{
public:
    using Instances = QHash<InstanceKey, StoredInstance>;
    // An instance as the file has it (nullopt: none there), for one that is not recent.
    using StoredLookup = std::function<base::Result<std::optional<StoredInstance>>(const InstanceKey &)>;

    // What the instances a batch touches will be once it is counted: from the recent ones,
    // else from the file (stored), else new (fresh). Called by the writer before its commit,
    // on the one thread that calls add().
    base::Result<Instances> stage(const std::vector<EventFacts> &batch, const StoredLookup &stored) const;
    // Counts a committed batch, with what stage() made of its instances.
    void add(const std::vector<EventFacts> &batch, const Instances &instances);
    // Counts a batch whose instances are all in memory or new (no file).
    void add(const std::vector<EventFacts> &batch);
    AggregateSnapshot snapshot() const;

    struct Rebuilt
    {
        qint64 lastSeq = 0;       // of the events counted
        qint64 checkpointSeq = 0; // where the saved checkpoint ended; 0 without one
        qint64 replayed = 0;      // events counted one by one after it
        qint64 checkpointUs = 0;  // reading and decoding the checkpoint, in microseconds
        qint64 replayUs = 0;      // counting the events after it
    };
    // Counts every event of the database, used once at start: from the saved checkpoint
    // and the events after it, or from every event when the checkpoint cannot be used. The
    // instances the events after the checkpoint touched are read from the file, which has
    // their totals, the recent ones kept.
    base::Result<Rebuilt> rebuild(QSqlDatabase &db);

private:
    mutable std::mutex m_mutex;
    AggregateTables m_live;
    mutable std::shared_ptr<const AggregateTables> m_published;
};

} // namespace ledger
