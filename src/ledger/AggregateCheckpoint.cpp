#include "ledger/AggregateCheckpoint.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace ledger {

namespace {

constexpr quint32 Magic = 0x43424147; // "CBAG"
constexpr auto Checksum = QCryptographicHash::Sha1;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;

void writeTotals(QDataStream &out, const Totals &t)
{
    out << t.calls << t.failures << t.blocked << qint32(t.units.size());
    for (auto it = t.units.cbegin(); it != t.units.cend(); ++it)
        out << it.key() << it.value().input << it.value().output;
    out << t.cost.input.pico() << t.cost.output.pico() << t.cost.total.pico() << t.failedCost.pico() << t.firstMs
        << t.lastMs << t.overflow;
}

bool readMoney(QDataStream &in, payi::Money *money)
{
    qint64 pico = 0;
    in >> pico;
    *money = payi::Money::fromPico(pico);
    return in.status() == QDataStream::Ok;
}

bool readTotals(QDataStream &in, Totals *t)
{
    qint32 unitTypes = 0;
    in >> t->calls >> t->failures >> t->blocked >> unitTypes;
    for (qint32 i = 0; i < unitTypes && in.status() == QDataStream::Ok; ++i) {
        QString unit;
        payi::UnitCount count;
        in >> unit >> count.input >> count.output;
        t->units.insert(unit, count);
    }
    const bool money = readMoney(in, &t->cost.input) && readMoney(in, &t->cost.output) && readMoney(in, &t->cost.total)
                       && readMoney(in, &t->failedCost);
    in >> t->firstMs >> t->lastMs >> t->overflow;
    return money && in.status() == QDataStream::Ok;
}

template <typename Table>
void writeTable(QDataStream &out, const Table &table)
{
    out << qint64(table.size());
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        out << it.key();
        writeTotals(out, it.value());
    }
}

template <typename Table>
bool readTable(QDataStream &in, Table *table)
{
    qint64 rows = 0;
    in >> rows;
    for (qint64 i = 0; i < rows && in.status() == QDataStream::Ok; ++i) {
        typename Table::key_type key;
        Totals totals;
        in >> key;
        if (!readTotals(in, &totals))
            return false;
        table->insert(key, totals);
    }
    return in.status() == QDataStream::Ok;
}

} // namespace

QByteArray AggregateCheckpoint::encode(const AggregateTables &tables)
{
    QByteArray data;
    {
        QDataStream out(&data, QIODevice::WriteOnly);
        out.setVersion(StreamVersion);
        out << Magic << Format << tables.lastSeq;
        writeTotals(out, tables.all);
        for (const QHash<QString, Totals> *table : {&tables.useCases, &tables.users, &tables.limits, &tables.resources})
            writeTable(out, *table);
        writeTable(out, tables.minutes);
        out << tables.instanceCount << tables.useCaseInstances << tables.recentInstances;
        for (const auto &shard : tables.instances) {
            for (auto it = shard.cbegin(); it != shard.cend(); ++it) {
                out << it.key().useCaseName << it.key().useCaseId << it->source << it->touchedSeq;
                writeTotals(out, it->totals);
            }
        }
        out << tables.sourceNames;
        for (const QString &name : tables.sourceNames) {
            const SourceTotals &source = tables.sources[name];
            writeTotals(out, source.all);
            writeTable(out, source.useCases);
            writeTable(out, source.resources);
        }
        out << qint64(tables.sharedInstances.size());
        for (auto it = tables.sharedInstances.cbegin(); it != tables.sharedInstances.cend(); ++it) {
            out << it.key().source << it.key().instance.useCaseName << it.key().instance.useCaseId;
            writeTotals(out, it.value());
        }
        out << tables.limitsBlockedElsewhere << tables.auditChecked << tables.auditMisattributed;
    }
    data += QCryptographicHash::hash(data, Checksum);
    return data;
}

std::optional<AggregateTables> AggregateCheckpoint::decode(const QByteArray &data)
{
    const qsizetype checksumSize = QCryptographicHash::hashLength(Checksum);
    if (data.size() < checksumSize)
        return std::nullopt;
    const QByteArray payload = data.first(data.size() - checksumSize);
    if (QCryptographicHash::hash(payload, Checksum) != data.last(checksumSize))
        return std::nullopt;

    QDataStream in(payload);
    in.setVersion(StreamVersion);
    quint32 magic = 0;
    qint32 format = 0;
    in >> magic >> format;
    if (magic != Magic || format != Format)
        return std::nullopt;
    AggregateTables tables;
    in >> tables.lastSeq;
    bool ok = readTotals(in, &tables.all);
    for (QHash<QString, Totals> *table : {&tables.useCases, &tables.users, &tables.limits, &tables.resources})
        ok = ok && readTable(in, table);
    ok = ok && readTable(in, &tables.minutes);
    qint64 recent = 0;
    in >> tables.instanceCount >> tables.useCaseInstances >> recent;
    for (qint64 i = 0; ok && i < recent; ++i) {
        InstanceKey key;
        InstanceTotals totals;
        in >> key.useCaseName >> key.useCaseId >> totals.source >> totals.touchedSeq;
        ok = readTotals(in, &totals.totals);
        tables.instances[AggregateTables::shardOf(key)].insert(key, totals);
    }
    tables.recentInstances = recent;
    in >> tables.sourceNames;
    for (qsizetype i = 0; ok && i < tables.sourceNames.size(); ++i) {
        SourceTotals source{qint32(i), {}, {}, {}};
        ok = readTotals(in, &source.all) && readTable(in, &source.useCases) && readTable(in, &source.resources);
        tables.sources.insert(tables.sourceNames.at(i), source);
    }
    qint64 shared = 0;
    in >> shared;
    for (qint64 i = 0; ok && i < shared; ++i) {
        SourceInstanceKey key;
        Totals totals;
        in >> key.source >> key.instance.useCaseName >> key.instance.useCaseId;
        ok = readTotals(in, &totals);
        tables.sharedInstances.insert(key, totals);
    }
    in >> tables.limitsBlockedElsewhere >> tables.auditChecked >> tables.auditMisattributed;
    if (!ok || in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return tables;
}

} // namespace ledger
