#pragma once

#include "net/HttpServer.h"

namespace webapp {

class AttributionAudit;
class DocumentService;

// GET /audit (docs/http-api.md): the attribution audit's counts and latest misattributions,
// with the instrumentation mode the document app runs under.
class AuditRoutes
{
public:
    AuditRoutes(const AttributionAudit &audit, const DocumentService &documents);

    void mount(net::HttpServer &server);

private:
    const AttributionAudit &m_audit;
    const DocumentService &m_documents;
};

} // namespace webapp
