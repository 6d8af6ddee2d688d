#include "ledger/AuditFinding.h"

namespace ledger {

AuditFinding::Verdict AuditFinding::verdictOf(qint64 stored)
{
    return stored == qint64(Verdict::Attributed) || stored == qint64(Verdict::Misattributed) ? Verdict(stored)
                                                                                             : Verdict::Unchecked;
}

QJsonObject AuditFinding::expectedJson() const
{
    return QJsonObject{{QStringLiteral("use_case_name"), expectedUseCaseName},
                       {QStringLiteral("use_case_id"), expectedUseCaseId},
                       {QStringLiteral("user_id"), expectedUserId}};
}

void AuditFinding::addTo(QJsonObject *event) const
{
    event->insert(QStringLiteral("audited"), checked());
    event->insert(QStringLiteral("misattributed"), misattributed());
    event->insert(QStringLiteral("expected"), misattributed() ? QJsonValue(expectedJson()) : QJsonValue());
}

} // namespace ledger
