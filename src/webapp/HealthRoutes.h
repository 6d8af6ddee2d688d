#pragma once

#include "net/HttpServer.h"

namespace ledger {
class Ledger;
}

namespace webapp {

class AttributionAudit;

// The process's health (docs/http-api.md): GET /healthz, open to all (no token), answers 200
// {"status": "ok"} or 503 with the ledger's failure; GET /metrics gives calls, failures and
// cost by use case, HTTP requests, the audit's counts and the ledger's durable sequence in
// Prometheus's text format; GET /ledger the ledger's size on disk and its retention budget.
class HealthRoutes
{
public:
    HealthRoutes(const ledger::Ledger &ledger, const AttributionAudit &audit);

    void mount(net::HttpServer &server);

private:
    void metrics(const net::HttpServer &server, const net::Responder &responder) const;

    const ledger::Ledger &m_ledger;
    const AttributionAudit &m_audit;
};

} // namespace webapp
