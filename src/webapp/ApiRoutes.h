#pragma once

#include "webapp/AuditRoutes.h"
#include "webapp/CostRoutes.h"
#include "webapp/HealthRoutes.h"
#include "webapp/IngestRoutes.h"
#include "webapp/InstrumentationRoutes.h"
#include "webapp/LimitRoutes.h"
#include "webapp/PriceRoutes.h"
#include "webapp/ProxyRoutes.h"

namespace webapp {

// The JSON API beside the document app (docs/http-api.md), one route class per resource:
// CostRoutes (/use-cases, /users, /events), LimitRoutes (/limits), InstrumentationRoutes
// (/instrumentation), AuditRoutes (/audit), HealthRoutes (/healthz, /metrics), PriceRoutes
// (/prices), IngestRoutes (Pay-i's /api/v1/ingest) and ProxyRoutes (Pay-i's OpenAI proxy,
// /api/v1/proxy/openai/v1/chat/completions). Made and mounted together on the server's
// thread, where they live.
class ApiRoutes
{
public:
    ApiRoutes(payi::Instrumentation &instrumentation, ledger::Ledger &ledger, DocumentService &documents,
              const AttributionAudit &audit);

    void mount(net::HttpServer &server);

    // The Backend tells it where the provider is once that is known.
    ProxyRoutes &proxy() { return m_proxy; }

private:
    CostRoutes m_costs;
    LimitRoutes m_limits;
    InstrumentationRoutes m_instrumentation;
    AuditRoutes m_audit;
    HealthRoutes m_health;
    PriceRoutes m_prices;
    IngestRoutes m_ingest;
    ProxyRoutes m_proxy;
};

} // namespace webapp
