#pragma once

#include "net/HttpServer.h"

namespace payi {
class Instrumentation;
}

namespace webapp {

class DocumentService;

// How the document app attributes its calls (docs/http-api.md): GET /instrumentation shows the
// mode, the library's global instrumentation and its global context; PUT /instrumentation
// switches the mode (DocumentService::setMode) and/or changes the global context.
class InstrumentationRoutes
{
public:
    InstrumentationRoutes(payi::Instrumentation &instrumentation, DocumentService &documents);

    void mount(net::HttpServer &server);

private:
    void setInstrumentation(const net::HttpRequest &request, const net::Responder &responder);

    payi::Instrumentation &m_instrumentation;
    DocumentService &m_documents;
};

} // namespace webapp
