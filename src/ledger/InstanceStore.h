#pragma once

#include "base/Result.h"
#include "ledger/AggregateSnapshot.h"
#include "ledger/Statement.h"

#include <memory>
#include <optional>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace ledger {

// The writer thread's statements on the instances' tables (schema 8), on SQLite's own API:
// read one instance (StoredInstance), write one back. The writer keeps these rows in the
// transaction of the events they count, so the file always holds every instance's exact
// totals, and memory holds only the recent ones (Aggregates). Use on the connection's thread;
// destroy before the connection.
class InstanceStore
{
public:
    static base::Result<std::unique_ptr<InstanceStore>> prepare(sqlite3 *db);

    // nullopt when the file has no such instance; an error when the read failed.
    base::Result<std::optional<StoredInstance>> read(const InstanceKey &key);
    std::optional<base::Error> write(const InstanceKey &key, const StoredInstance &instance);

    // The totals columns, in the order totalsAt() reads them: "calls, failures, ..., units".
    static QString totalsColumns();
    static constexpr int TotalsColumnCount = 11;
    static Totals totalsAt(sqlite3_stmt *row, int firstColumn);
    static Totals totalsAt(const QSqlQuery &row, int firstColumn);

private:
    InstanceStore(Statement readInstance, Statement readSources, Statement writeInstance, Statement writeSource)
        : m_readInstance(std::move(readInstance))
        , m_readSources(std::move(readSources))
        , m_writeInstance(std::move(writeInstance))
        , m_writeSource(std::move(writeSource))
    {
    }

    Statement m_readInstance;
    Statement m_readSources;
    Statement m_writeInstance;
    Statement m_writeSource;
};

} // namespace ledger
