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

// Spending limits (docs/http-api.md): POST /limits creates one, GET /limits lists them,
// GET /limits/{id} shows one with its totals, PATCH /limits/{id} edits one. The live registry
// (payi::LimitRegistry) enforces them; the ledger stores them.
class LimitRoutes : public QObject
{
    Q_OBJECT

public:
    LimitRoutes(payi::Instrumentation &instrumentation, ledger::Ledger &ledger, QObject *parent = nullptr);

    void mount(net::HttpServer &server);

private:
    void createLimit(const net::HttpRequest &request, const net::Responder &responder);
    // PATCH /limits/{id}: changes the fields given, applied to the live registry at once
    // and stored; 400 (nothing changed) or 404 as POST /limits validates.
    void editLimit(const QString &id, const net::HttpRequest &request, const net::Responder &responder);
    void limits(const net::Responder &responder) const;
    void limit(const QString &id, const net::Responder &responder) const;

    payi::Instrumentation &m_instrumentation;
    ledger::Ledger &m_ledger;
};

} // namespace webapp
