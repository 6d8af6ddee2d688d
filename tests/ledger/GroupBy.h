#pragma once

// The ledger's totals computed again by SQL GROUP BY over the events table, for the tests that
// compare the aggregates (and the instances' rows) with them.
#include "ledger/AggregateSnapshot.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace ledger::test {

inline QString describe(const Totals &t)
{
    QStringList units;
    for (auto it = t.units.cbegin(); it != t.units.cend(); ++it)
        units << QStringLiteral("%1=%2/%3").arg(it.key()).arg(it.value().input).arg(it.value().output);
    return QStringLiteral("calls %1 failures %2 blocked %3 cost %4/%5/%6 failed %7 first %8 last %9 "
                          "units [%10]")
        .arg(t.calls)
        .arg(t.failures)
        .arg(t.blocked)
        .arg(t.cost.input.pico())
        .arg(t.cost.output.pico())
        .arg(t.cost.total.pico())
        .arg(t.failedCost.pico())
        .arg(t.firstMs)
        .arg(t.lastMs)
        .arg(units.join(QLatin1Char(' ')));
}

// The same totals as the aggregates, computed by SQL GROUP BY over the events table.
inline QHash<QString, Totals> groupBy(QSqlDatabase &db, const QString &key, const QString &from, const QString &blocked)
{
    QHash<QString, Totals> totals;
    QSqlQuery query(db);
    const QString sums = QStringLiteral("SELECT %1, COUNT(*), SUM(failed), SUM(%3), SUM(cost_input), "
                                        "SUM(cost_output), SUM(cost_total), SUM(CASE WHEN failed THEN cost_total "
                                        "ELSE 0 END), MIN(timestamp_ms), MAX(timestamp_ms) FROM %2 GROUP BY 1")
                             .arg(key, from, blocked);
    if (!query.exec(sums))
        qFatal("%s", qPrintable(query.lastError().text()));
    while (query.next()) {
        Totals &t = totals[query.value(0).toString()];
        t.calls = query.value(1).toLongLong();
        t.failures = query.value(2).toLongLong();
        t.blocked = query.value(3).toLongLong();
        t.cost = {payi::Money::fromPico(query.value(4).toLongLong()),
                  payi::Money::fromPico(query.value(5).toLongLong()),
                  payi::Money::fromPico(query.value(6).toLongLong())};
        t.failedCost = payi::Money::fromPico(query.value(7).toLongLong());
        t.firstMs = query.value(8).toLongLong();
        t.lastMs = query.value(9).toLongLong();
    }
    const QString units = QStringLiteral("SELECT %1, u.key, SUM(json_extract(u.value, '$.input')), "
                                         "SUM(json_extract(u.value, '$.output')) FROM %2, "
                                         "json_each(events.units) AS u GROUP BY 1, 2")
                              .arg(key, from);
    if (!query.exec(units))
        qFatal("%s", qPrintable(query.lastError().text()));
    while (query.next()) {
        totals[query.value(0).toString()].units.insert(query.value(1).toString(),
                                                       {query.value(2).toLongLong(), query.value(3).toLongLong()});
    }
    return totals;
}

} // namespace ledger::test
