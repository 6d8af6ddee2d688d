#pragma once

#include "payi/Limit.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <mutex>
#include <optional>

namespace payi {

// Every limit of the process, with race-free reservations. A call reserves its worst-case
// cost against each block limit in its context before it starts; the reservation is
// refused if spent + reserved + amount would pass max. After the call, settle() replaces
// the reservation with the actual cost. So concurrent calls can never push a block limit
// past max (as long as the worst case really is an upper bound). Calls in flight hold
// their worst case against allow limits too (never refused there), so that a limit
// switched to block counts them.
class LimitRegistry
{
public:
    struct Reservation
    {
        QMap<QString, Money> held; // limit id -> amount reserved
        // Held by a block limit: the call must keep to its worst case (cap its output).
        // Allow limits only observe, so holding on them changes nothing in the call.
        bool bounded = false;
    };

    struct Outcome
    {
        QMap<QString, LimitState> states;
        QStringList blocked;
    };

    base::Result<Limit> create(const LimitSpec &spec, const QDateTime &now);
    // Changes a limit's spec, keeping its spending, reservations and counts. Refuses an
    // unknown id (not_found) and an edit that makes the spec invalid (invalid_limit,
    // invalid_threshold), changing nothing. Calls in flight keep their reservations and
    // count against the new max: after a lowered max no call starts unless spent +
    // reserved + its worst case fits the new max. Calls admitted before the edit may still
    // settle past it (their cost is bounded by the old max); a block limit whose spending
    // is past max reports Blocked and refuses every call until max is raised.
    base::Result<Limit> edit(const QString &id, const LimitEdit &edit);
    // Puts back a limit loaded from storage, with its totals.
    void restore(const Limit &limit);
    std::optional<Limit> find(const QString &id) const;
    QList<Limit> all() const;

    // Reserves amount against every block limit among ids, all or nothing. On refusal the
    // outcome names the limits that refused (state Blocked) and nothing is held.
    Outcome reserve(const QStringList &ids, Money amount, Reservation *reservation);
    // Settles a call: releases its reservation and adds actual to every limit in ids.
    // A failed call adds nothing and its limits report Failed.
    Outcome settle(const QStringList &ids, const Reservation &reservation, Money actual, bool failed);

private:
    mutable std::mutex m_mutex;
    QHash<QString, Limit> m_limits;
};

} // namespace payi
