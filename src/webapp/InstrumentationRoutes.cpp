#include "webapp/InstrumentationRoutes.h"

#include "payi/Instrumentation.h"
#include "webapp/ApiJson.h"
#include "webapp/DocumentService.h"
#include "webapp/InstrumentationJson.h"

namespace webapp {

InstrumentationRoutes::InstrumentationRoutes(payi::Instrumentation &instrumentation, DocumentService &documents)
    : m_instrumentation(instrumentation)
    , m_documents(documents)
{
}

void InstrumentationRoutes::mount(net::HttpServer &server)
{
    server.addRoute("GET", QStringLiteral("/instrumentation"), [this](const net::HttpRequest &, net::Responder r) {
        r.send(net::HttpResponse::json(200, api::instrumentationJson(m_documents.mode(), m_instrumentation)));
    });
    server.addRoute("PUT", QStringLiteral("/instrumentation"),
                    [this](const net::HttpRequest &q, net::Responder r) { setInstrumentation(q, r); });
}

void InstrumentationRoutes::setInstrumentation(const net::HttpRequest &request, const net::Responder &responder)
{
    const base::Result<api::InstrumentationChange> change = api::readInstrumentationChange(request.body());
    if (!change)
        return void(responder.send(api::errorResponse(400, change.error())));
    if (change->mode)
        m_documents.setMode(*change->mode);
    if (!change->globalContext.isEmpty()) {
        m_instrumentation.updateGlobalContext(change->globalContext);
        m_documents.globalContextWrittenElsewhere();
    }
    responder.send(net::HttpResponse::json(200, api::instrumentationJson(m_documents.mode(), m_instrumentation)));
}

} // namespace webapp
