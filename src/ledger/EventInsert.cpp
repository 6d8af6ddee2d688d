#include "ledger/EventInsert.h"

#include "ledger/Connection.h"
#include "ledger/EventRow.h"

#include <sqlite3.h>

namespace ledger {

EventInsert::EventInsert(sqlite3 *db, sqlite3_stmt *event, sqlite3_stmt *instance)
    : m_db(db), m_event(event), m_instance(instance)
{
}

EventInsert::~EventInsert()
{
    sqlite3_finalize(m_event);
    sqlite3_finalize(m_instance);
}

payi::Result<std::unique_ptr<EventInsert>> EventInsert::prepare(QSqlDatabase &db)
{
    sqlite3 *sqlite = Connection::handle(db);
    if (!sqlite) {
        return payi::Error{QStringLiteral("ledger_sql_failed"),
                           QStringLiteral("the connection to %1 is not a SQLite connection")
                               .arg(db.databaseName())};
    }
    sqlite3_stmt *statements[2] = {};
    const QString sql[2] = {EventRow::insertSql(), EventRow::insertInstanceSql()};
    for (int i = 0; i < 2; ++i) {
        const QByteArray utf8 = sql[i].toUtf8();
        if (sqlite3_prepare_v3(sqlite, utf8.constData(), int(utf8.size()),
                               SQLITE_PREPARE_PERSISTENT, &statements[i],
                               nullptr) != SQLITE_OK) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(sqlite));
            sqlite3_finalize(statements[0]);
            return payi::Error{QStringLiteral("ledger_sql_failed"),
                               QStringLiteral("could not prepare the insert of events: %1")
                                   .arg(message)};
        }
    }
    return std::unique_ptr<EventInsert>(new EventInsert(sqlite, statements[0], statements[1]));
}

std::optional<QString> EventInsert::insert(const EventRow &row)
{
    row.bind(m_event);
    std::optional<QString> failure = step(m_event);
    if (!failure) {
        row.bindInstance(m_instance);
        failure = step(m_instance);
    }
    return failure;
}

std::optional<QString> EventInsert::step(sqlite3_stmt *statement)
{
    const int stepped = sqlite3_step(statement);
    std::optional<QString> failure;
    if (stepped != SQLITE_DONE)
        failure = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return failure;
}

} // namespace ledger
