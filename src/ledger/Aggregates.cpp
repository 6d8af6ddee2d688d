#include "ledger/Aggregates.h"

#include "ledger/AggregateCheckpoint.h"
#include "ledger/Connection.h"
#include "ledger/EventReader.h"

#include <QElapsedTimer>
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

base::Result<Aggregates::Rebuilt> Aggregates::rebuild(QSqlDatabase &db)
{
    const auto failed = [&db](const QString &detail) {
        return base::Error{QStringLiteral("ledger_read_failed"),
                           QStringLiteral("could not read the events of %1: %2").arg(db.databaseName(), detail)};
    };
    sqlite3 *sqlite = Connection::handle(db);
    if (!sqlite)
        return failed(QStringLiteral("not a SQLite connection"));
    using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;
    const auto prepare = [sqlite](const QString &sql) {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt *raw = nullptr;
        sqlite3_prepare_v2(sqlite, utf8.constData(), int(utf8.size()), &raw, nullptr);
        return Statement(raw, sqlite3_finalize);
    };

    AggregateTables tables;
    Rebuilt rebuilt;
    QElapsedTimer timer;
    timer.start();
    {
        // Usable only if it ends at or before the last event: the events are never
        // rewritten, so the checkpoint plus the events after it count each event once.
        const Statement checkpoint =
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
    const Statement scan = prepare(EventReader::factsSql());
    if (!scan)
        return failed(QString::fromUtf8(sqlite3_errmsg(sqlite)));
    sqlite3_bind_int64(scan.get(), 1, rebuilt.checkpointSeq);
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(scan.get())) == SQLITE_ROW) {
        tables.add(EventReader::readFacts(scan.get()));
        ++rebuilt.replayed;
    }
    if (stepped != SQLITE_DONE)
        return failed(QString::fromUtf8(sqlite3_errmsg(sqlite)));
    rebuilt.replayUs = timer.nsecsElapsed() / 1000;

    std::lock_guard lock(m_mutex);
    m_live = std::move(tables);
    m_published.reset();
    rebuilt.lastSeq = m_live.lastSeq;
    return rebuilt;
}

} // namespace ledger
