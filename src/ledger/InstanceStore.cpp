#include "ledger/InstanceStore.h"

#include "base/JsonText.h"
#include "ledger/EventJson.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace ledger {

namespace {

QByteArray unitsText(const payi::Units &units)
{
    base::JsonWriter json;
    EventJson::writeUnits(json, units);
    return json.take();
}

// Binds totals to the placeholders from `first` on, in the order of totalsColumns().
void bindTotals(Statement &statement, int first, const Totals &t, const QByteArray &units)
{
    sqlite3_stmt *s = statement.get();
    const qint64 values[] = {t.calls,
                             t.failures,
                             t.blocked,
                             t.cost.input.pico(),
                             t.cost.output.pico(),
                             t.cost.total.pico(),
                             t.failedCost.pico(),
                             t.firstMs,
                             t.lastMs,
                             t.overflow ? 1 : 0};
    int index = first;
    for (const qint64 value : values)
        sqlite3_bind_int64(s, index++, value);
    sqlite3_bind_text(s, index, units.constData(), int(units.size()), SQLITE_STATIC);
}

template <typename Int64At>
Totals totalsFrom(Int64At int64At, QByteArrayView units)
{
    Totals t;
    t.calls = int64At(0);
    t.failures = int64At(1);
    t.blocked = int64At(2);
    t.cost.input = payi::Money::fromPico(int64At(3));
    t.cost.output = payi::Money::fromPico(int64At(4));
    t.cost.total = payi::Money::fromPico(int64At(5));
    t.failedCost = payi::Money::fromPico(int64At(6));
    t.firstMs = int64At(7);
    t.lastMs = int64At(8);
    t.overflow = int64At(9) != 0;
    t.units = EventJson::fastUnitsOf(units);
    return t;
}

base::Error storeFailed(const QString &doing, const base::Error &error)
{
    return base::Error{error.code, doing + QStringLiteral(": ") + error.message};
}

} // namespace

QString InstanceStore::totalsColumns()
{
    return QStringLiteral("calls, failures, blocked, cost_input, cost_output, cost_total, failed_cost, first_ms, "
                          "last_ms, overflow, units");
}

Totals InstanceStore::totalsAt(sqlite3_stmt *row, int firstColumn)
{
    const int units = firstColumn + TotalsColumnCount - 1;
    return totalsFrom([row, firstColumn](int i) { return qint64(sqlite3_column_int64(row, firstColumn + i)); },
                      QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(row, units)),
                                     sqlite3_column_bytes(row, units)));
}

Totals InstanceStore::totalsAt(const QSqlQuery &row, int firstColumn)
{
    const QByteArray units = row.value(firstColumn + TotalsColumnCount - 1).toString().toUtf8();
    return totalsFrom([&row, firstColumn](int i) { return row.value(firstColumn + i).toLongLong(); }, units);
}

base::Result<std::unique_ptr<InstanceStore>> InstanceStore::prepare(sqlite3 *db)
{
    const QString columns = totalsColumns();
    const QString placeholders = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    QString updates;
    for (const QString &column : columns.split(QStringLiteral(", ")))
        updates += QStringLiteral(", %1 = excluded.%1").arg(column);
    const QString sql[] = {
        QStringLiteral("SELECT first_seq, source, %1 FROM instances WHERE use_case_name = ? AND use_case_id = ?")
            .arg(columns),
        QStringLiteral("SELECT source, %1 FROM instance_sources WHERE use_case_name = ? AND use_case_id = ?")
            .arg(columns),
        // The event's insert has made the row (EventInsert) the first time: keep its first_seq.
        QStringLiteral("INSERT INTO instances (use_case_name, use_case_id, first_seq, source, %1) VALUES (?, ?, ?, ?, "
                       "%2) ON CONFLICT (use_case_name, use_case_id) DO UPDATE SET source = excluded.source%3")
            .arg(columns, placeholders, updates),
        QStringLiteral("INSERT INTO instance_sources (use_case_name, use_case_id, source, %1) VALUES (?, ?, ?, %2) "
                       "ON CONFLICT (use_case_name, use_case_id, source) DO UPDATE SET %3")
            .arg(columns, placeholders, updates.mid(2)),
    };
    std::vector<Statement> prepared;
    for (const QString &statement : sql) {
        auto one = Statement::prepare(db, statement);
        if (!one)
            return storeFailed(QStringLiteral("could not prepare the instances' statements"), one.error());
        prepared.push_back(std::move(one).value());
    }
    return std::unique_ptr<InstanceStore>(new InstanceStore(std::move(prepared[0]), std::move(prepared[1]),
                                                            std::move(prepared[2]), std::move(prepared[3])));
}

base::Result<std::optional<StoredInstance>> InstanceStore::read(const InstanceKey &key)
{
    const QString doing = QStringLiteral("could not read the instance %1 of %2").arg(key.useCaseId, key.useCaseName);
    m_readInstance.bind(key.useCaseName, key.useCaseId);
    const base::Result<bool> found = m_readInstance.step();
    if (!found || !*found) {
        m_readInstance.reset();
        if (!found)
            return storeFailed(doing, found.error());
        return std::optional<StoredInstance>();
    }
    StoredInstance instance;
    instance.firstSeq = m_readInstance.int64At(0);
    instance.totals.source = qint32(m_readInstance.int64At(1));
    instance.totals.totals = totalsAt(m_readInstance.get(), 2);
    instance.totals.touchedSeq = instance.firstSeq;
    m_readInstance.reset();
    if (instance.totals.source == InstanceTotals::SharedSource) {
        m_readSources.bind(key.useCaseName, key.useCaseId);
        base::Result<bool> row = m_readSources.step();
        for (; row && *row; row = m_readSources.step())
            instance.perSource.insert(qint32(m_readSources.int64At(0)), totalsAt(m_readSources.get(), 1));
        m_readSources.reset();
        if (!row)
            return storeFailed(doing, row.error());
    }
    return std::optional<StoredInstance>(std::move(instance));
}

std::optional<base::Error> InstanceStore::write(const InstanceKey &key, const StoredInstance &instance)
{
    const QString doing = QStringLiteral("could not write the instance %1 of %2").arg(key.useCaseId, key.useCaseName);
    const QByteArray units = unitsText(instance.totals.totals.units);
    m_writeInstance.bind(key.useCaseName, key.useCaseId, instance.firstSeq, qint64(instance.totals.source));
    bindTotals(m_writeInstance, 5, instance.totals.totals, units);
    if (std::optional<base::Error> failure = m_writeInstance.run())
        return storeFailed(doing, *failure);
    for (auto it = instance.perSource.cbegin(); it != instance.perSource.cend(); ++it) {
        const QByteArray sourceUnits = unitsText(it.value().units);
        m_writeSource.bind(key.useCaseName, key.useCaseId, qint64(it.key()));
        bindTotals(m_writeSource, 4, it.value(), sourceUnits);
        if (std::optional<base::Error> failure = m_writeSource.run())
            return storeFailed(doing, *failure);
    }
    return std::nullopt;
}

} // namespace ledger
