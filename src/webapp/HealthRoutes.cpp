#include "webapp/HealthRoutes.h"

#include "ledger/Ledger.h"
#include "webapp/AttributionAudit.h"

namespace webapp {

namespace {

QString promLabel(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return v;
}

} // namespace

HealthRoutes::HealthRoutes(const ledger::Ledger &ledger, const AttributionAudit &audit)
    : m_ledger(ledger)
    , m_audit(audit)
{
}

void HealthRoutes::mount(net::HttpServer &server)
{
    server.addRoute("GET", QStringLiteral("/metrics"),
                    [this, &server](const net::HttpRequest &, net::Responder r) { metrics(server, r); });
    server.addRoute(
        "GET", QStringLiteral("/healthz"),
        [this](const net::HttpRequest &, net::Responder r) {
            const std::optional<base::Error> failure = m_ledger.error();
            r.send(failure
                       ? net::HttpResponse::error(503, failure->code, failure->message)
                       : net::HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}));
        },
        net::RouteAccess::Public);
    server.addRoute("GET", QStringLiteral("/ledger"), [this](const net::HttpRequest &, net::Responder r) {
        const ledger::LedgerStorage storage = m_ledger.storage();
        r.send(net::HttpResponse::json(
            200, QJsonObject{{QStringLiteral("file_bytes"), storage.fileBytes},
                             {QStringLiteral("wal_bytes"), storage.walBytes},
                             {QStringLiteral("used_bytes"), storage.usedBytes},
                             {QStringLiteral("retention_bytes"), storage.retentionBytes},
                             {QStringLiteral("texts_dropped_through_seq"), storage.textsDroppedThrough}}));
    });
}

void HealthRoutes::metrics(const net::HttpServer &server, const net::Responder &responder) const
{
    const ledger::AggregateSnapshot snapshot = m_ledger.snapshot();
    QString out;
    const auto family = [&](const char *name, const char *type, const char *help) {
        out += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n")
                   .arg(QLatin1String(name), QLatin1String(help), QLatin1String(type));
    };
    family("costbench_calls_total", "counter", "Tracked model calls, by use case.");
    for (auto it = snapshot.useCases().cbegin(); it != snapshot.useCases().cend(); ++it)
        out += QStringLiteral("costbench_calls_total{use_case=\"%1\"} %2\n").arg(promLabel(it.key())).arg(it->calls);
    family("costbench_call_failures_total", "counter", "Tracked model calls that failed, by use case.");
    for (auto it = snapshot.useCases().cbegin(); it != snapshot.useCases().cend(); ++it)
        out += QStringLiteral("costbench_call_failures_total{use_case=\"%1\"} %2\n")
                   .arg(promLabel(it.key()))
                   .arg(it->failures);
    family("costbench_cost_usd_total", "counter", "Cost of tracked calls in USD, by use case (exact decimal).");
    for (auto it = snapshot.useCases().cbegin(); it != snapshot.useCases().cend(); ++it)
        out += QStringLiteral("costbench_cost_usd_total{use_case=\"%1\"} %2\n")
                   .arg(promLabel(it.key()), it->cost.total.toString());
    family("costbench_http_requests_total", "counter", "HTTP requests received whole.");
    out += QStringLiteral("costbench_http_requests_total %1\n").arg(server.totalRequests());
    family("costbench_http_requests_in_flight", "gauge", "HTTP requests not yet answered.");
    out += QStringLiteral("costbench_http_requests_in_flight %1\n").arg(server.requestsInFlight());
    family("costbench_audit_checked_total", "counter", "Document-app calls whose attribution was checked.");
    out += QStringLiteral("costbench_audit_checked_total %1\n").arg(m_audit.checked());
    family("costbench_audit_misattributed_total", "counter", "Calls attributed to another request than their own.");
    out += QStringLiteral("costbench_audit_misattributed_total %1\n").arg(m_audit.misattributed());
    family("costbench_ledger_durable_seq", "gauge", "The last event sequence number committed to disk.");
    out += QStringLiteral("costbench_ledger_durable_seq %1\n").arg(m_ledger.durableSeq());
    responder.send(
        net::HttpResponse::text(200, out.toUtf8(), QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8")));
}

} // namespace webapp
