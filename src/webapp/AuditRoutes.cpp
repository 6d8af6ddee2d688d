#include "webapp/AuditRoutes.h"

#include "webapp/AttributionAudit.h"
#include "webapp/DocumentService.h"

namespace webapp {

AuditRoutes::AuditRoutes(const AttributionAudit &audit, const DocumentService &documents)
    : m_audit(audit)
    , m_documents(documents)
{
}

void AuditRoutes::mount(net::HttpServer &server)
{
    server.addRoute("GET", QStringLiteral("/audit"), [this](const net::HttpRequest &, net::Responder r) {
        QJsonObject audit = m_audit.toJson();
        audit.insert(QStringLiteral("mode"), modeName(m_documents.mode()));
        r.send(net::HttpResponse::json(200, audit));
    });
}

} // namespace webapp
