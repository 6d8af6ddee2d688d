#pragma once

#include "ledger/AggregateSnapshot.h"
#include "ledger/EventRow.h"

#include <QString>

#include <optional>

class QSqlDatabase;
class QSqlQuery;
class QVariant;
struct sqlite3_stmt;

namespace ledger {

// Reads events back from the events table, as EventRow stored them.
class EventReader
{
public:
    // "SELECT <every column> FROM events": append WHERE/ORDER BY, then read() each row.
    static QString selectSql();
    static StoredEvent read(const QSqlQuery &query);
    // A JSON column kept compressed from schema 9 on (raw_usage), or as TEXT before.
    static QString jsonOf(const QVariant &stored);
    // The request and response texts of a row of selectSql(), in any format (StoredText).
    static void readTexts(const QSqlQuery &query, StoredEvent *stored);
    // A document's or a revision's content as stored (TEXT before schema 9, else StoredText,
    // which may point into its event's response); nullopt once retention dropped it.
    static std::optional<QString> contentOf(QSqlDatabase &db, const QVariant &stored);

    // "SELECT <the columns the aggregates need> FROM events WHERE seq > ? ORDER BY seq",
    // and the reader of its rows (on SQLite's API: this runs over the events at start).
    static QString factsSql();
    static EventFacts readFacts(sqlite3_stmt *scan);
};

} // namespace ledger
