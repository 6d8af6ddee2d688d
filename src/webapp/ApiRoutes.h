#pragma once

#include "webapp/AuditRoutes.h"
#include "webapp/CostRoutes.h"
#include "webapp/HealthRoutes.h"
#include "webapp/IngestRoutes.h"
#include "webapp/InstrumentationRoutes.h"
#include "webapp/LimitRoutes.h"
#include "webapp/PriceRoutes.h"

namespace webapp {

// The JSON API beside the document app (docs/http-api.md), one route class per resource:
// CostRoutes (/use-cases, /users, /events), LimitRoutes (/limits), InstrumentationRoutes
// (/instrumentation), AuditRoutes (/audit), HealthRoutes (/healthz, /metrics), PriceRoutes
// (/prices) and IngestRoutes (Pay-i's /api/v1/ingest). Made and mounted together on the server's thread, where they
// live.
class ApiRoutes
{
public:
    ApiRoutes(payi::Instrumentation &instrumentation, ledger::Ledger &ledger, DocumentService &documents,
              const AttributionAudit &audit);

    void mount(net::HttpServer &server);

private:
    CostRoutes m_costs;
    LimitRoutes m_limits;
    InstrumentationRoutes m_instrumentation;
    AuditRoutes m_audit;
    HealthRoutes m_health;
    PriceRoutes m_prices;
    IngestRoutes m_ingest;
};

} // namespace webapp
