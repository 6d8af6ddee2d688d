#include "ledger/EventInsert.h"

#include "ledger/Connection.h"
#include "ledger/EventRow.h"

#include <sqlite3.h>

namespace ledger {

EventInsert::EventInsert(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}

EventInsert::~EventInsert()
{
    sqlite3_finalize(m_statement);
}

payi::Result<std::unique_ptr<EventInsert>> EventInsert::prepare(QSqlDatabase &db)
{
    sqlite3 *sqlite = Connection::handle(db);
    if (!sqlite) {
        return payi::Error{QStringLiteral("ledger_sql_failed"),
                           QStringLiteral("the connection to %1 is not a SQLite connection")
                               .arg(db.databaseName())};
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = EventRow::insertSql().toUtf8();
    if (sqlite3_prepare_v3(sqlite, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK) {
        return payi::Error{QStringLiteral("ledger_sql_failed"),
                           QStringLiteral("could not prepare the insert of events: %1")
                               .arg(QString::fromUtf8(sqlite3_errmsg(sqlite)))};
    }
    return std::unique_ptr<EventInsert>(new EventInsert(sqlite, statement));
}

std::optional<QString> EventInsert::insert(const EventRow &row)
{
    row.bind(m_statement);
    const int stepped = sqlite3_step(m_statement);
    std::optional<QString> failure;
    if (stepped != SQLITE_DONE)
        failure = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return failure;
}

} // namespace ledger
