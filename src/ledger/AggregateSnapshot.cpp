#include "ledger/AggregateSnapshot.h"

#include <algorithm>
#include <vector>

namespace ledger {

namespace {

constexpr qint64 MsPerMinute = 60'000;

} // namespace

void Totals::add(const EventFacts &facts, bool blockedHere)
{
    ++calls;
    if (facts.failed)
        ++failures;
    if (blockedHere)
        ++blocked;
    for (auto it = facts.units.cbegin(); it != facts.units.cend(); ++it) {
        payi::UnitCount &count = units[it.key()];
        count.input += it.value().input;
        count.output += it.value().output;
    }
    if (!overflow) {
        payi::Cost next = cost;
        payi::Money nextFailed = failedCost;
        const bool inRange = next.input.addInPlace(facts.cost.input) && next.output.addInPlace(facts.cost.output)
                             && next.total.addInPlace(facts.cost.total)
                             && (!facts.failed || nextFailed.addInPlace(facts.cost.total));
        if (inRange) {
            cost = next;
            failedCost = nextFailed;
        } else {
            overflow = true;
        }
    }
    if (calls == 1 || facts.timestampMs < firstMs)
        firstMs = facts.timestampMs;
    if (calls == 1 || facts.timestampMs > lastMs)
        lastMs = facts.timestampMs;
}

QDateTime Totals::first() const
{
    return calls ? QDateTime::fromMSecsSinceEpoch(firstMs, Qt::UTC) : QDateTime();
}

QDateTime Totals::last() const
{
    return calls ? QDateTime::fromMSecsSinceEpoch(lastMs, Qt::UTC) : QDateTime();
}

size_t qHash(const InstanceKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.useCaseName, key.useCaseId);
}

size_t qHash(const SourceInstanceKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.source, key.instance);
}

int AggregateTables::shardOf(const InstanceKey &key)
{
    // A fixed seed: the shard of a key must not depend on QHash's per-process seed.
    return static_cast<int>(qHash(key, 0) % InstanceShards);
}

void StoredInstance::add(const EventFacts &facts, qint32 source)
{
    const bool anyBlocked = !facts.blockedLimitIds.isEmpty();
    if (totals.totals.calls == 0) {
        totals.source = source;
    } else if (totals.source != source && totals.source != InstanceTotals::SharedSource) {
        // A second source: what the instance holds so far was its first source's.
        perSource.insert(totals.source, totals.totals);
        totals.source = InstanceTotals::SharedSource;
    }
    if (totals.source == InstanceTotals::SharedSource)
        perSource[source].add(facts, anyBlocked);
    totals.totals.add(facts, anyBlocked);
    totals.touchedSeq = qMax(totals.touchedSeq, facts.seq);
}

qint32 AggregateTables::sourceIndex(const QString &source)
{
    auto it = sources.find(source);
    if (it == sources.end()) {
        it = sources.insert(source, SourceTotals{qint32(sourceNames.size()), {}, {}, {}});
        sourceNames.append(source);
    }
    return it->index;
}

void AggregateTables::addGlobal(const EventFacts &facts)
{
    const bool anyBlocked = !facts.blockedLimitIds.isEmpty();
    lastSeq = qMax(lastSeq, facts.seq);
    all.add(facts, anyBlocked);
    useCases[facts.useCaseName].add(facts, anyBlocked);
    users[facts.userId].add(facts, anyBlocked);
    resources[facts.resource].add(facts, anyBlocked);
    for (const QString &limitId : facts.limitIds) {
        const bool blockedHere = facts.blockedLimitIds.contains(limitId);
        limits[limitId].add(facts, blockedHere);
        if (anyBlocked && !blockedHere)
            ++limitsBlockedElsewhere[limitId];
    }
    if (facts.audit != AuditFinding::Verdict::Unchecked)
        ++auditChecked;
    if (facts.audit == AuditFinding::Verdict::Misattributed)
        ++auditMisattributed;
    const qint64 minute = facts.timestampMs - (facts.timestampMs % MsPerMinute + MsPerMinute) % MsPerMinute;
    minutes[minute].add(facts, anyBlocked);

    SourceTotals &source = sources[sourceNames.at(sourceIndex(facts.source))];
    source.all.add(facts, anyBlocked);
    source.useCases[facts.useCaseName].add(facts, anyBlocked);
    source.resources[facts.resource].add(facts, anyBlocked);
}

std::optional<StoredInstance> AggregateTables::recentInstance(const InstanceKey &key) const
{
    const auto &shard = instances[shardOf(key)];
    const auto it = shard.constFind(key);
    if (it == shard.constEnd())
        return std::nullopt;
    StoredInstance stored;
    stored.totals = it.value();
    if (it->source == InstanceTotals::SharedSource) {
        for (qint32 source = 0; source < qint32(sourceNames.size()); ++source) {
            const auto shared = sharedInstances.constFind(SourceInstanceKey{source, key});
            if (shared != sharedInstances.constEnd())
                stored.perSource.insert(source, shared.value());
        }
    }
    return stored;
}

void AggregateTables::setInstance(const InstanceKey &key, const StoredInstance &stored)
{
    auto &shard = instances[shardOf(key)];
    auto it = shard.find(key);
    if (it == shard.end()) {
        shard.insert(key, stored.totals);
        ++recentInstances;
    } else {
        *it = stored.totals;
    }
    if (stored.fresh) {
        ++instanceCount;
        ++useCaseInstances[key.useCaseName];
    }
    for (auto source = stored.perSource.cbegin(); source != stored.perSource.cend(); ++source)
        sharedInstances.insert(SourceInstanceKey{source.key(), key}, source.value());
}

void AggregateTables::forgetOldInstances()
{
    if (recentInstances <= MaxRecentInstances + MaxRecentInstances / 4)
        return;
    std::vector<qint64> touched;
    touched.reserve(size_t(recentInstances));
    for (const auto &shard : instances) {
        for (const InstanceTotals &instance : std::as_const(shard))
            touched.push_back(instance.touchedSeq);
    }
    const auto keep = touched.end() - MaxRecentInstances;
    std::nth_element(touched.begin(), keep, touched.end());
    const qint64 oldestKept = *keep;
    for (auto &shard : instances) {
        for (auto it = shard.begin(); it != shard.end();) {
            if (it->touchedSeq >= oldestKept) {
                ++it;
                continue;
            }
            if (it->source == InstanceTotals::SharedSource) {
                for (qint32 source = 0; source < qint32(sourceNames.size()); ++source)
                    sharedInstances.remove(SourceInstanceKey{source, it.key()});
            }
            it = shard.erase(it);
            --recentInstances;
        }
    }
}

AggregateSnapshot::AggregateSnapshot() : m_tables(std::make_shared<const AggregateTables>()) {}

AggregateSnapshot::AggregateSnapshot(std::shared_ptr<const AggregateTables> tables) : m_tables(std::move(tables)) {}

const Totals *AggregateSnapshot::instance(const QString &useCaseName, const QString &useCaseId) const
{
    const InstanceKey key{useCaseName, useCaseId};
    const auto &shard = m_tables->instances[AggregateTables::shardOf(key)];
    const auto it = shard.constFind(key);
    return it == shard.constEnd() ? nullptr : &it->totals;
}

const SourceTotals *AggregateSnapshot::source(const QString &name) const
{
    const auto it = m_tables->sources.constFind(name);
    return it == m_tables->sources.constEnd() ? nullptr : &it.value();
}

const Totals *AggregateSnapshot::instance(const QString &useCaseName, const QString &useCaseId,
                                          const QString &sourceName) const
{
    if (sourceName.isEmpty())
        return instance(useCaseName, useCaseId);
    const SourceTotals *from = source(sourceName);
    if (!from)
        return nullptr;
    const InstanceKey key{useCaseName, useCaseId};
    const auto &shard = m_tables->instances[AggregateTables::shardOf(key)];
    const auto it = shard.constFind(key);
    if (it == shard.constEnd())
        return nullptr;
    if (it->source == from->index)
        return &it->totals;
    if (it->source != InstanceTotals::SharedSource)
        return nullptr;
    const auto shared = m_tables->sharedInstances.constFind(SourceInstanceKey{from->index, key});
    return shared == m_tables->sharedInstances.constEnd() ? nullptr : &shared.value();
}

const QHash<QString, Totals> &AggregateSnapshot::useCases(const QString &sourceName) const
{
    static const QHash<QString, Totals> none;
    if (sourceName.isEmpty())
        return useCases();
    const SourceTotals *from = source(sourceName);
    return from ? from->useCases : none;
}

const QHash<QString, Totals> &AggregateSnapshot::resources(const QString &sourceName) const
{
    static const QHash<QString, Totals> none;
    if (sourceName.isEmpty())
        return resources();
    const SourceTotals *from = source(sourceName);
    return from ? from->resources : none;
}

const Totals &AggregateSnapshot::all(const QString &sourceName) const
{
    static const Totals none;
    if (sourceName.isEmpty())
        return all();
    const SourceTotals *from = source(sourceName);
    return from ? from->all : none;
}

void AggregateSnapshot::forEachInstance(const std::function<void(const InstanceKey &, const Totals &)> &visit) const
{
    for (const auto &shard : m_tables->instances) {
        for (auto it = shard.cbegin(); it != shard.cend(); ++it)
            visit(it.key(), it->totals);
    }
}

} // namespace ledger
