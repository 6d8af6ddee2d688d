#include "ledger/EventColumns.h"

#include <QStringList>

namespace ledger {

namespace {

const char *const ColumnNames[EventColumns::Count] = {"seq",
                                                      "event_id",
                                                      "request_id",
                                                      "timestamp_ms",
                                                      "category",
                                                      "resource",
                                                      "provider_uri",
                                                      "latency_ms",
                                                      "ttft_ms",
                                                      "http_status",
                                                      "provider_response_id",
                                                      "streaming",
                                                      "use_case_name",
                                                      "use_case_id",
                                                      "use_case_version",
                                                      "use_case_step",
                                                      "user_id",
                                                      "account_name",
                                                      "limit_ids",
                                                      "attribution",
                                                      "units",
                                                      "raw_usage",
                                                      "properties",
                                                      "failed",
                                                      "failure_kind",
                                                      "failure_description",
                                                      "cost_input",
                                                      "cost_output",
                                                      "cost_total",
                                                      "price_table_version",
                                                      "price_resource",
                                                      "price_unknown",
                                                      "limit_states",
                                                      "blocked_limit_ids",
                                                      "provider_request",
                                                      "provider_response",
                                                      "source",
                                                      "source_headers",
                                                      "attempts",
                                                      "usage_estimated",
                                                      "audit",
                                                      "expected_use_case_name",
                                                      "expected_use_case_id",
                                                      "expected_user_id",
                                                      "audit_mode"};

} // namespace

QString EventColumns::list()
{
    QStringList names;
    for (const char *name : ColumnNames)
        names << QLatin1String(name);
    return names.join(QLatin1Char(','));
}

} // namespace ledger
