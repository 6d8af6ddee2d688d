#include "webapp/ApiRoutes.h"

namespace webapp {

ApiRoutes::ApiRoutes(payi::Instrumentation &instrumentation, ledger::Ledger &ledger, DocumentService &documents,
                     const AttributionAudit &audit)
    : m_costs(ledger)
    , m_limits(instrumentation, ledger)
    , m_instrumentation(instrumentation, documents)
    , m_audit(audit, documents)
    , m_health(ledger, audit)
    , m_prices(instrumentation)
    , m_ingest(instrumentation, ledger)
    , m_proxy(instrumentation)
{
}

void ApiRoutes::mount(net::HttpServer &server)
{
    m_costs.mount(server);
    m_limits.mount(server);
    m_instrumentation.mount(server);
    m_audit.mount(server);
    m_health.mount(server);
    m_prices.mount(server);
    m_ingest.mount(server);
    m_proxy.mount(server);
}

} // namespace webapp
