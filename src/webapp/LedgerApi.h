#pragma once

#include "net/HttpServer.h"

#include <QObject>

namespace payi {
class Instrumentation;
}
namespace ledger {
class Ledger;
}

namespace webapp {

class AttributionAudit;
class DocumentService;

// The JSON API beside the document app (docs/http-api.md): use cases and their
// instances, users, events, limits, the instrumentation mode, the audit, /metrics and
// /healthz. Reads run on the global thread pool; the server's loop never waits on SQL.
class LedgerApi : public QObject
{
    Q_OBJECT

public:
    LedgerApi(payi::Instrumentation &instrumentation, ledger::Ledger &ledger, DocumentService &documents,
              AttributionAudit &audit, QObject *parent = nullptr);

    void mount(net::HttpServer &server);

    // Page sizes of GET /events and the list endpoints.
    static constexpr int DefaultPage = 100;
    static constexpr int MaxPage = 1000;

private:
    void useCases(const net::Responder &responder) const;
    void instances(const net::HttpRequest &request, const net::Responder &responder) const;
    void users(const net::HttpRequest &request, const net::Responder &responder) const;
    void events(const net::HttpRequest &request, const net::Responder &responder) const;
    void createLimit(const net::HttpRequest &request, const net::Responder &responder);
    // PATCH /limits/{id}: changes the fields given, applied to the live registry at once
    // and stored; 400 (nothing changed) or 404 as POST /limits validates.
    void editLimit(const QString &id, const net::HttpRequest &request, const net::Responder &responder);
    void limits(const net::Responder &responder) const;
    void limit(const QString &id, const net::Responder &responder) const;
    QJsonObject instrumentationJson() const;
    void setInstrumentation(const net::HttpRequest &request, const net::Responder &responder);
    void metrics(const net::HttpServer &server, const net::Responder &responder) const;

    payi::Instrumentation &m_instrumentation;
    ledger::Ledger &m_ledger;
    DocumentService &m_documents;
    AttributionAudit &m_audit;
};

} // namespace webapp
