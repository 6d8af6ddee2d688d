#pragma once

#include "payi/Sink.h"

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
class AttributionAudit final : public payi::Sink
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
    };

    void expect(const QString &requestId, const Expectation &expectation);
    // The request ended without a call (an unknown document, a refused body).
    void forget(const QString &requestId);
    void consume(const payi::CallEvent &event) override;

    qint64 checked() const { return m_checked.load(); }
    qint64 misattributed() const { return m_misattributed.load(); }
    // The latest misattributions, newest last (at most RecentLimit).
    QList<Misattribution> recent() const;
    QJsonObject toJson() const;

    static constexpr int RecentLimit = 1000;

private:
    mutable std::mutex m_mutex;
    QHash<QString, Expectation> m_expected;
    QList<Misattribution> m_recent;
    std::atomic<qint64> m_checked{0};
    std::atomic<qint64> m_misattributed{0};
};

} // namespace webapp
