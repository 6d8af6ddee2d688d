#pragma once

#include "ledger/AggregateSnapshot.h"
#include "ledger/EventRow.h"

#include <QString>

class QSqlQuery;
struct sqlite3_stmt;

namespace ledger {

// Reads events back from the events table, as EventRow stored them.
class EventReader
{
public:
    // "SELECT <every column> FROM events": append WHERE/ORDER BY, then read() each row.
    static QString selectSql();
    static StoredEvent read(const QSqlQuery &query);

    // "SELECT <the columns the aggregates need> FROM events WHERE seq > ? ORDER BY seq",
    // and the reader of its rows (on SQLite's API: this runs over the events at start).
    static QString factsSql();
    static EventFacts readFacts(sqlite3_stmt *scan);
};

} // namespace ledger
