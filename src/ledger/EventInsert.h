#pragma once

#include "payi/Result.h"

#include <QString>

#include <memory>
#include <optional>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace ledger {

class EventRow;

// The prepared INSERT of one event (and of its instance, the first time it is seen), made
// on SQLite's own API under a Qt SQL connection
// (QSqlDriver::handle()). Qt SQL's binding builds and hashes a placeholder name for every
// value, which costs more than the insert itself; the writer does this for every event.
// Use it on the connection's thread, and destroy it before the connection.
class EventInsert
{
public:
    static payi::Result<std::unique_ptr<EventInsert>> prepare(QSqlDatabase &db);
    ~EventInsert();
    EventInsert(const EventInsert &) = delete;
    EventInsert &operator=(const EventInsert &) = delete;

    // Inserts the row; on failure returns SQLite's message.
    std::optional<QString> insert(const EventRow &row);

private:
    EventInsert(sqlite3 *db, sqlite3_stmt *event, sqlite3_stmt *instance);
    std::optional<QString> step(sqlite3_stmt *statement);

    sqlite3 *m_db;
    sqlite3_stmt *m_event;
    sqlite3_stmt *m_instance;
};

} // namespace ledger
