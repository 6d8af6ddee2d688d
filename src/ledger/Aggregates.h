#pragma once

#include "ledger/AggregateSnapshot.h"
#include "payi/Result.h"

#include <memory>
#include <mutex>
#include <vector>

class QSqlDatabase;

namespace ledger {

// The live totals per use case, instance, user, limit, model and minute. The writer adds
// each committed batch (O(1) per event); any thread takes a snapshot. A snapshot is made
// at most once per change, by sharing the tables (copy-on-write), never by recounting.
class Aggregates
{
public:
    void add(const std::vector<EventFacts> &batch);
    AggregateSnapshot snapshot() const;

    // Counts every event of the database; used once at start. Returns the last seq.
    payi::Result<qint64> rebuild(QSqlDatabase &db);

private:
    mutable std::mutex m_mutex;
    AggregateTables m_live;
    mutable std::shared_ptr<const AggregateTables> m_published;
};

} // namespace ledger
