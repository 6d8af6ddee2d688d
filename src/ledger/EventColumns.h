#pragma once

#include <QString>

namespace ledger {

// The columns of the events table, in the one order that the insert's parameters
// (EventRow::insertSql()) and a select's results (EventReader::selectSql()) share.
class EventColumns
{
public:
    enum Column : int {
        Seq,
        EventId,
        RequestId,
        TimestampMs,
        Category,
        Resource,
        ProviderUri,
        LatencyMs,
        TtftMs,
        HttpStatus,
        ProviderResponseId,
        Streaming,
        UseCaseName,
        UseCaseId,
        UseCaseVersion,
        UseCaseStep,
        UserId,
        AccountName,
        LimitIds,
        AttributionExtra,
        Units,
        RawUsage,
        Properties,
        Failed,
        FailureKind,
        FailureDescription,
        CostInput,
        CostOutput,
        CostTotal,
        PriceTableVersion,
        PriceResource,
        PriceUnknown,
        LimitStates,
        BlockedLimitIds,
        ProviderRequest,
        ProviderResponse,
        Source,
        SourceHeaders,
        Attempts,            // schema 5
        UsageEstimated,      // schema 5
        Audit,               // schema 6: AuditFinding::Verdict
        ExpectedUseCaseName, // schema 6: NULL unless misattributed
        ExpectedUseCaseId,
        ExpectedUserId,
        AuditMode,
        Count
    };

    // Every column's name, comma-separated, in that order.
    static QString list();
};

} // namespace ledger
