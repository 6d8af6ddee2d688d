#include "webapp/AttributionAudit.h"

#include <QJsonArray>

namespace webapp {

QJsonObject AttributionAudit::Expectation::toJson() const
{
    return QJsonObject{{QStringLiteral("use_case_name"), useCaseName},
                       {QStringLiteral("use_case_id"), useCaseId},
                       {QStringLiteral("user_id"), userId}};
}

void AttributionAudit::expect(const QString &requestId, const Expectation &expectation)
{
    std::lock_guard lock(m_mutex);
    m_expected.insert(requestId, expectation);
}

void AttributionAudit::forget(const QString &requestId)
{
    std::lock_guard lock(m_mutex);
    m_expected.remove(requestId);
}

AttributionAudit::Misattribution AttributionAudit::Misattribution::of(const ledger::StoredEvent &stored)
{
    const payi::CallEvent &e = stored.event;
    const ledger::AuditFinding &f = stored.audit;
    const payi::Attribution &a = e.attribution;
    return Misattribution{e.eventId, e.requestId,
                          Expectation{f.expectedUseCaseName, f.expectedUseCaseId, f.expectedUserId, f.mode},
                          Expectation{a.useCaseName, a.useCaseId, a.userId, f.mode}, e.eventTimestamp};
}

ledger::AuditFinding AttributionAudit::check(const payi::CallEvent &event)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_expected.constFind(event.requestId);
    if (it == m_expected.cend())
        return {}; // not a call the document app made
    const Expectation expected = *it;
    m_expected.erase(it);
    m_checked.fetch_add(1);
    const payi::Attribution &a = event.attribution;
    if (a.useCaseName == expected.useCaseName && a.useCaseId == expected.useCaseId && a.userId == expected.userId)
        return ledger::AuditFinding{ledger::AuditFinding::Verdict::Attributed, {}, {}, {}, {}};
    m_misattributed.fetch_add(1);
    remember(Misattribution{event.eventId, event.requestId, expected,
                            Expectation{a.useCaseName, a.useCaseId, a.userId, expected.mode}, event.eventTimestamp});
    return ledger::AuditFinding{ledger::AuditFinding::Verdict::Misattributed, expected.useCaseName, expected.useCaseId,
                                expected.userId, expected.mode};
}

void AttributionAudit::restore(qint64 checked, qint64 misattributed, const QList<ledger::StoredEvent> &recent)
{
    std::lock_guard lock(m_mutex);
    m_checked.store(checked);
    m_misattributed.store(misattributed);
    for (const ledger::StoredEvent &stored : recent)
        remember(Misattribution::of(stored));
}

void AttributionAudit::remember(const Misattribution &misattribution)
{
    m_recent.append(misattribution);
    if (m_recent.size() > RecentLimit)
        m_recent.removeFirst();
}

QList<AttributionAudit::Misattribution> AttributionAudit::recent() const
{
    std::lock_guard lock(m_mutex);
    return m_recent;
}

QJsonObject AttributionAudit::toJson() const
{
    QJsonArray recentJson;
    for (const Misattribution &m : recent()) {
        recentJson.append(QJsonObject{{QStringLiteral("event_id"), m.eventId},
                                      {QStringLiteral("request_id"), m.requestId},
                                      {QStringLiteral("mode"), m.expected.mode},
                                      {QStringLiteral("expected"), m.expected.toJson()},
                                      {QStringLiteral("actual"), m.actual.toJson()},
                                      {QStringLiteral("at"), m.at.toUTC().toString(Qt::ISODateWithMs)}});
    }
    return QJsonObject{{QStringLiteral("checked"), checked()},
                       {QStringLiteral("misattributed"), misattributed()},
                       {QStringLiteral("recent_misattributed"), recentJson}};
}

} // namespace webapp
