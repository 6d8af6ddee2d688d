#pragma once

#include "ledger/AuditFinding.h"
#include "payi/Money.h"
#include "payi/PriceTable.h"
#include "payi/Units.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace ledger {

// What the aggregates count of one event.
struct EventFacts
{
    qint64 seq = 0;
    qint64 timestampMs = 0; // UTC
    QString useCaseName;
    QString useCaseId;
    QString userId;
    QString resource;
    QStringList limitIds;
    QStringList blockedLimitIds;
    payi::Units units;
    payi::Cost cost;
    bool failed = false;
    QString source;
    AuditFinding::Verdict audit = AuditFinding::Verdict::Unchecked;
};

// Totals over a set of events. "blocked" counts calls a limit refused: in the per-limit
// table only those that this limit refused, elsewhere those that any limit refused.
struct Totals
{
    qint64 calls = 0;
    qint64 failures = 0;
    qint64 blocked = 0;
    payi::Units units;      // tokens per unit type
    payi::Cost cost;        // every call, failed ones included
    payi::Money failedCost; // the part of cost.total spent on failed calls
    qint64 firstMs = 0;     // first and last activity (event time, UTC ms); 0 with no calls
    qint64 lastMs = 0;
    bool overflow = false; // a money sum left Money's range; the sums stop growing

    void add(const EventFacts &facts, bool blockedHere);
    QDateTime first() const;
    QDateTime last() const;
    friend bool operator==(const Totals &, const Totals &) = default;
};

struct InstanceKey
{
    QString useCaseName;
    QString useCaseId;
    friend bool operator==(const InstanceKey &, const InstanceKey &) = default;
};
size_t qHash(const InstanceKey &key, size_t seed = 0) noexcept;

// One source's totals (docs/http-api.md, "Sources"): what the filter by source needs, per
// use case and per model. Sources are few (the document app, and each outside app that
// reported): these tables stay small.
struct SourceTotals
{
    qint32 index = 0; // in AggregateTables::sourceNames
    Totals all;
    QHash<QString, Totals> useCases;  // use_case_name
    QHash<QString, Totals> resources; // model
    friend bool operator==(const SourceTotals &, const SourceTotals &) = default;
};

// An instance's totals, and the source of its calls. An instance nearly always has one
// source (an app makes its own use_case_ids), whose totals are then the instance's: no copy
// per source. The few instances with calls from several sources are SharedSource and keep
// their totals per source in AggregateTables::sharedInstances.
struct InstanceTotals
{
    static constexpr qint32 SharedSource = -1;
    Totals totals;
    qint32 source = 0;     // index in AggregateTables::sourceNames, or SharedSource
    qint64 touchedSeq = 0; // the last event's seq: the recent instances are those kept in memory
    friend bool operator==(const InstanceTotals &, const InstanceTotals &) = default;
};

struct SourceInstanceKey
{
    qint32 source = 0;
    InstanceKey instance;
    friend bool operator==(const SourceInstanceKey &, const SourceInstanceKey &) = default;
};
size_t qHash(const SourceInstanceKey &key, size_t seed = 0) noexcept;

// An instance with everything the ledger keeps of it: its totals, its source (or
// InstanceTotals::SharedSource) and, for a shared one, its totals per source. The ledger's
// file holds every instance so (InstanceStore); memory only the recent ones.
struct StoredInstance
{
    InstanceTotals totals;
    QHash<qint32, Totals> perSource; // source index ->, only when totals.source is SharedSource
    qint64 firstSeq = 0;             // its first event's
    bool fresh = false;              // its first event is in the batch being written

    // Counts one of its events, from the source of that index.
    void add(const EventFacts &facts, qint32 source);
};

// The tables behind a snapshot. Instances can number in the millions (every `track` call
// is one): only the recent ones are here (at most about MaxRecentInstances, those with the
// latest events), every one is in the ledger's file (InstanceStore). They are split into
// shards: a snapshot shares every shard, and the writer copies only the shards it changes.
struct AggregateTables
{
    static constexpr int InstanceShards = 1024;
    static constexpr qint64 MaxRecentInstances = 10'000;

    qint64 lastSeq = 0; // the tables count every committed event up to this seq
    Totals all;
    QHash<QString, Totals> useCases;  // use_case_name
    QHash<QString, Totals> users;     // user_id ("" for calls without a user)
    QHash<QString, Totals> limits;    // limit id
    QHash<QString, Totals> resources; // model
    QMap<qint64, Totals> minutes;     // minute start, UTC ms
    // The recent instances; how many they are; every instance, recent or not, in all and per
    // use_case_name.
    std::array<QHash<InstanceKey, InstanceTotals>, InstanceShards> instances;
    qint64 recentInstances = 0;
    qint64 instanceCount = 0;
    QHash<QString, qint64> useCaseInstances;
    QStringList sourceNames;                          // in the order of their first event
    QHash<QString, SourceTotals> sources;             // source name ->
    QHash<SourceInstanceKey, Totals> sharedInstances; // per source, of recent SharedSource instances
    // Per limit id, the calls that named it and that another limit refused: a limit's calls
    // that ran are its calls less those it refused (Totals::blocked) and these.
    QHash<QString, qint64> limitsBlockedElsewhere;
    qint64 auditChecked = 0;       // events the attribution audit checked
    qint64 auditMisattributed = 0; // of them, those charged to another request

    // Counts an event in every table but the instances'.
    void addGlobal(const EventFacts &facts);
    // The index of a source, added at the end when it is new.
    qint32 sourceIndex(const QString &source);
    // The instance as it is here; nullopt when it is not a recent one.
    std::optional<StoredInstance> recentInstance(const InstanceKey &key) const;
    // Keeps the instance as stored, among the recent ones (counted once when it is fresh).
    void setInstance(const InstanceKey &key, const StoredInstance &stored);
    // Forgets the instances with the oldest events past MaxRecentInstances (with some slack, so
    // that this runs once every MaxRecentInstances / 4 new instances).
    void forgetOldInstances();
    static int shardOf(const InstanceKey &key);
};

// A consistent, immutable view of the live aggregates. Copying it copies one pointer.
class AggregateSnapshot
{
public:
    AggregateSnapshot();
    explicit AggregateSnapshot(std::shared_ptr<const AggregateTables> tables);

    qint64 lastSeq() const { return m_tables->lastSeq; }
    const Totals &all() const { return m_tables->all; }
    const QHash<QString, Totals> &useCases() const { return m_tables->useCases; }
    const QHash<QString, Totals> &users() const { return m_tables->users; }
    const QHash<QString, Totals> &limits() const { return m_tables->limits; }
    // The calls that named a limit and that another limit refused.
    qint64 limitBlockedElsewhere(const QString &limitId) const
    {
        return m_tables->limitsBlockedElsewhere.value(limitId);
    }
    // What the attribution audit found: the calls it checked, those misattributed.
    qint64 auditChecked() const { return m_tables->auditChecked; }
    qint64 auditMisattributed() const { return m_tables->auditMisattributed; }
    const QHash<QString, Totals> &resources() const { return m_tables->resources; }
    const QMap<qint64, Totals> &minutes() const { return m_tables->minutes; }
    // Every instance, and those of one use case, recent or not.
    qint64 instanceCount() const { return m_tables->instanceCount; }
    qint64 instanceCount(const QString &useCaseName) const { return m_tables->useCaseInstances.value(useCaseName); }
    const AggregateTables &tables() const { return *m_tables; }

    // nullptr when the instance has no calls in this snapshot or is not a recent one (older
    // instances' totals are read from the ledger: Ledger::instances()).
    const Totals *instance(const QString &useCaseName, const QString &useCaseId) const;

    // Sources, in the order of their first event; the totals of one (nullptr: no calls).
    const QStringList &sourceNames() const { return m_tables->sourceNames; }
    const QHash<QString, SourceTotals> &sources() const { return m_tables->sources; }
    const SourceTotals *source(const QString &name) const;
    // The totals of the instance's calls from source (every call when source is empty);
    // nullptr when it has none.
    const Totals *instance(const QString &useCaseName, const QString &useCaseId, const QString &source) const;
    // The use cases and models of one source's calls (of every call when source is empty).
    const QHash<QString, Totals> &useCases(const QString &source) const;
    const QHash<QString, Totals> &resources(const QString &source) const;
    const Totals &all(const QString &source) const;
    // Visits every recent instance, in no particular order.
    void forEachInstance(const std::function<void(const InstanceKey &, const Totals &)> &visit) const;

private:
    std::shared_ptr<const AggregateTables> m_tables;
};

} // namespace ledger
