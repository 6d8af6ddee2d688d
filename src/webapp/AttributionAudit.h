#pragma once

#include "ledger/AuditFinding.h"
#include "ledger/EventRow.h"
#include "payi/CallEvent.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <atomic>
#include <mutex>

namespace webapp {

// Counts calls attributed to a request other than the one that made them. The handler
// says, before its call, what the request's attribution must be; the call's event names
// the request that issued it (CallStart::requestId, carried by the call itself, not read
// from any context), and the audit compares the two. In scoped mode it must stay at zero.
//
// The ledger's sink asks check() of every event and stores the finding in the event's own
// row (ledger::LedgerSink): what the audit found is durable when the event is, and comes
// back after a restart (restore()).
class AttributionAudit final
{
public:
    struct Expectation
    {
        QString useCaseName;
        QString useCaseId;
        QString userId;
        QString mode; // the instrumentation mode the request ran under
        QJsonObject toJson() const;
    };

    struct Misattribution
    {
        QString eventId;
        QString requestId;
        Expectation expected;
        Expectation actual;
        QDateTime at;
        // Of an event the ledger keeps as misattributed (StoredEvent::audit).
        static Misattribution of(const ledger::StoredEvent &stored);
    };

    void expect(const QString &requestId, const Expectation &expectation);
    // The request ended without a call (an unknown document, a refused body).
    void forget(const QString &requestId);
    // Compares an event with what its request expected, counts it, and returns the finding
    // (Unchecked for a call the document app did not make). Any thread.
    ledger::AuditFinding check(const payi::CallEvent &event);
    // Takes back what the ledger kept (before any check): the counts, and the latest
    // misattributed events (oldest first; the last RecentLimit are kept).
    void restore(qint64 checked, qint64 misattributed, const QList<ledger::StoredEvent> &recent);

    qint64 checked() const { return m_checked.load(); }
    qint64 misattributed() const { return m_misattributed.load(); }
    // The latest misattributions, newest last (at most RecentLimit).
    QList<Misattribution> recent() const;
    QJsonObject toJson() const;

    static constexpr int RecentLimit = 1000;

private:
    void remember(const Misattribution &misattribution); // under m_mutex

    mutable std::mutex m_mutex;
    QHash<QString, Expectation> m_expected;
    QList<Misattribution> m_recent;
    std::atomic<qint64> m_checked{0};
    std::atomic<qint64> m_misattributed{0};
};

} // namespace webapp
