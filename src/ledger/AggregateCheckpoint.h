#pragma once

#include "ledger/AggregateSnapshot.h"

#include <QByteArray>

#include <optional>

namespace ledger {

// The aggregates as they were after the event with a given seq, saved in the ledger so
// that start-up counts only the events after it instead of every event. It is a cache of
// the events table, never the truth: when it is missing, of another format or damaged,
// start-up counts every event again.
class AggregateCheckpoint
{
public:
    // 2: with the totals per source; 3: the attribution audit's counts and each limit's calls
    // that another limit refused; 4: only the recent instances (each with its last event's
    // seq), and the number of instances per use case (every instance is in the file: schema 8).
    static constexpr qint32 Format = 4;

    static QByteArray encode(const AggregateTables &tables);
    // nullopt when the data is not a checkpoint of this format or fails its checksum.
    static std::optional<AggregateTables> decode(const QByteArray &data);
};

} // namespace ledger
