#include "webapp/PriceRoutes.h"

#include "payi/Instrumentation.h"
#include "webapp/ApiJson.h"
#include "webapp/PriceJson.h"

namespace webapp {

PriceRoutes::PriceRoutes(payi::Instrumentation &instrumentation) : m_instrumentation(instrumentation) {}

void PriceRoutes::mount(net::HttpServer &server)
{
    server.addRoute("GET", QStringLiteral("/prices"), [this](const net::HttpRequest &, net::Responder r) {
        r.send(net::HttpResponse::json(200, m_instrumentation.prices()->toJson()));
    });
    server.addRoute("PUT", QStringLiteral("/prices"),
                    [this](const net::HttpRequest &q, net::Responder r) { replacePrices(q, r); });
}

void PriceRoutes::replacePrices(const net::HttpRequest &request, const net::Responder &responder)
{
    base::Result<payi::PriceTable> table = api::readPriceTable(request.body());
    if (!table)
        return void(responder.send(api::errorResponse(400, table.error())));
    const auto prices = std::make_shared<const payi::PriceTable>(std::move(table).value());
    m_instrumentation.setPrices(prices);
    responder.send(net::HttpResponse::json(200, prices->toJson()));
}

} // namespace webapp
