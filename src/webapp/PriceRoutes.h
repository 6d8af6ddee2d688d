#pragma once

#include "net/HttpServer.h"

namespace payi {
class Instrumentation;
}

namespace webapp {

// The price table every call is costed with, in the format of resources/prices.json
// (payi::PriceTable). GET /prices answers the table in use. PUT /prices replaces it with the
// table in the body and answers 200 with the new table; calls that start after the answer are
// costed with it. A refused body (api::readPriceTable) is a 400 and changes nothing.
class PriceRoutes
{
public:
    explicit PriceRoutes(payi::Instrumentation &instrumentation);

    void mount(net::HttpServer &server);

private:
    void replacePrices(const net::HttpRequest &request, const net::Responder &responder);

    payi::Instrumentation &m_instrumentation;
};

} // namespace webapp
