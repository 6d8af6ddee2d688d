#include "ledger/Aggregates.h"

#include "ledger/Connection.h"
#include "ledger/EventRow.h"

#include <QSqlDatabase>

#include <sqlite3.h>

namespace ledger {

void Aggregates::add(const std::vector<EventFacts> &batch)
{
    std::lock_guard lock(m_mutex);
    m_published.reset();
    for (const EventFacts &facts : batch)
        m_live.add(facts);
}

AggregateSnapshot Aggregates::snapshot() const
{
    std::lock_guard lock(m_mutex);
    if (!m_published)
        m_published = std::make_shared<const AggregateTables>(m_live);
    return AggregateSnapshot(m_published);
}

payi::Result<qint64> Aggregates::rebuild(QSqlDatabase &db)
{
    const auto failed = [&db](const QString &detail) {
        return payi::Error{
            QStringLiteral("ledger_read_failed"),
            QStringLiteral("could not read the events of %1: %2").arg(db.databaseName(), detail)};
    };
    sqlite3 *sqlite = Connection::handle(db);
    if (!sqlite)
        return failed(QStringLiteral("not a SQLite connection"));
    const QByteArray sql = EventRow::factsSql().toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(sqlite, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
        return failed(QString::fromUtf8(sqlite3_errmsg(sqlite)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> scan(raw, sqlite3_finalize);
    AggregateTables tables;
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(scan.get())) == SQLITE_ROW)
        tables.add(EventRow::readFacts(scan.get()));
    if (stepped != SQLITE_DONE)
        return failed(QString::fromUtf8(sqlite3_errmsg(sqlite)));

    std::lock_guard lock(m_mutex);
    m_live = std::move(tables);
    m_published.reset();
    return m_live.lastSeq;
}

} // namespace ledger
