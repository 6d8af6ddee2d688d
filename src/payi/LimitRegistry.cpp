#include "payi/LimitRegistry.h"

#include "payi/Attribution.h"

#include <limits>

namespace payi {

namespace {
Money saturatingAdd(Money a, Money b)
{
    return a.checkedAdd(b).value_or(Money::fromPico(std::numeric_limits<qint64>::max()));
}
} // namespace

base::Result<Limit> LimitRegistry::create(const LimitSpec &spec, const QDateTime &now)
{
    if (const std::optional<base::Error> invalid = spec.validate())
        return *invalid;
    Limit limit;
    limit.id = newUseCaseId();
    limit.spec = spec;
    limit.created = now;
    std::lock_guard lock(m_mutex);
    m_limits.insert(limit.id, limit);
    return limit;
}

base::Result<Limit> LimitRegistry::edit(const QString &id, const LimitEdit &edit)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_limits.find(id);
    if (it == m_limits.end())
        return base::Error{QStringLiteral("not_found"), QStringLiteral("no limit with id %1").arg(id.left(64))};
    const LimitSpec spec = edit.appliedTo(it->spec);
    if (const std::optional<base::Error> invalid = spec.validate())
        return *invalid;
    it->spec = spec;
    return *it;
}

void LimitRegistry::restore(const Limit &limit)
{
    std::lock_guard lock(m_mutex);
    Limit restored = limit;
    restored.reserved = Money();
    m_limits.insert(limit.id, restored);
}

std::optional<Limit> LimitRegistry::find(const QString &id) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_limits.constFind(id);
    if (it == m_limits.cend())
        return std::nullopt;
    return *it;
}

QList<Limit> LimitRegistry::all() const
{
    std::lock_guard lock(m_mutex);
    return m_limits.values();
}

LimitRegistry::Outcome LimitRegistry::reserve(const QStringList &ids, Money amount, Reservation *reservation)
{
    Outcome outcome;
    std::lock_guard lock(m_mutex);
    for (const QString &id : ids) {
        const auto it = m_limits.constFind(id);
        if (it == m_limits.cend()) {
            outcome.states.insert(id, LimitState::Failed);
            continue;
        }
        const Limit &limit = *it;
        outcome.states.insert(id, limit.state());
        if (limit.spec.type != LimitType::Block)
            continue;
        const std::optional<Money> committed = limit.spent.checkedAdd(limit.reserved);
        const std::optional<Money> wouldBe = committed ? committed->checkedAdd(amount) : std::nullopt;
        if (!wouldBe || *wouldBe > limit.spec.max)
            outcome.blocked.append(id);
    }
    if (!outcome.blocked.isEmpty()) {
        for (const QString &id : std::as_const(outcome.blocked)) {
            outcome.states.insert(id, LimitState::Blocked);
            ++m_limits[id].blockedCalls;
        }
        return outcome;
    }
    for (const QString &id : ids) {
        auto it = m_limits.find(id);
        if (it == m_limits.end())
            continue;
        // Held on allow limits too: an edit may switch them to block while this call runs.
        // An amount off the scale is not held there: it could not be released exactly.
        const std::optional<Money> held = it->reserved.checkedAdd(amount);
        if (!held)
            continue;
        it->reserved = *held;
        reservation->held.insert(id, amount);
        reservation->bounded = reservation->bounded || it->spec.type == LimitType::Block;
    }
    return outcome;
}

LimitRegistry::Outcome LimitRegistry::settle(const QStringList &ids, const Reservation &reservation, Money actual,
                                             bool failed)
{
    Outcome outcome;
    std::lock_guard lock(m_mutex);
    for (const QString &id : ids) {
        auto it = m_limits.find(id);
        if (it == m_limits.end()) {
            outcome.states.insert(id, LimitState::Failed);
            continue;
        }
        it->reserved = Money::fromPico(it->reserved.pico() - reservation.held.value(id).pico());
        ++it->calls;
        if (!failed)
            it->spent = saturatingAdd(it->spent, actual);
        // The call ran, so it was not blocked, even if an edit lowered max below the spending.
        const LimitState state = it->state() == LimitState::Blocked ? LimitState::Exceeded : it->state();
        outcome.states.insert(id, failed ? LimitState::Failed : state);
    }
    return outcome;
}

} // namespace payi
