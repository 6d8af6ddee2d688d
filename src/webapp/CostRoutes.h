#pragma once

#include "net/HttpServer.h"

namespace ledger {
class Ledger;
}

namespace webapp {

// The recorded costs, read from the ledger (docs/http-api.md): GET /use-cases (totals by use
// case), GET /use-cases/{name}/instances and GET /users (totals by instance and by user, a page
// at a time), GET /events (the calls' events after a sequence number) and GET /sources (totals
// by the app the calls came from); /use-cases and /events take a `source` filter. The totals come from
// the ledger's live aggregates; the queries of instances and events run on the global thread
// pool, so the server's loop never waits on SQL.
class CostRoutes
{
public:
    explicit CostRoutes(ledger::Ledger &ledger);

    void mount(net::HttpServer &server);

    // Page sizes of GET /events and the list endpoints.
    static constexpr int DefaultPage = 100;
    static constexpr int MaxPage = 1000;

private:
    void useCases(const net::HttpRequest &request, const net::Responder &responder) const;
    void sources(const net::Responder &responder) const;
    void instances(const net::HttpRequest &request, const net::Responder &responder) const;
    void users(const net::HttpRequest &request, const net::Responder &responder) const;
    void events(const net::HttpRequest &request, const net::Responder &responder) const;

    ledger::Ledger &m_ledger;
};

} // namespace webapp
