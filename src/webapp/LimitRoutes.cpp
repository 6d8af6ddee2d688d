#include "webapp/LimitRoutes.h"

#include "ledger/Ledger.h"
#include "payi/Instrumentation.h"
#include "webapp/ApiJson.h"
#include "webapp/CostJson.h"
#include "webapp/LimitJson.h"

#include <QJsonArray>

namespace webapp {

LimitRoutes::LimitRoutes(payi::Instrumentation &instrumentation, ledger::Ledger &ledger, QObject *parent)
    : QObject(parent)
    , m_instrumentation(instrumentation)
    , m_ledger(ledger)
{
}

void LimitRoutes::mount(net::HttpServer &server)
{
    server.addRoute("POST", QStringLiteral("/limits"),
                    [this](const net::HttpRequest &q, net::Responder r) { createLimit(q, r); });
    server.addRoute("GET", QStringLiteral("/limits"),
                    [this](const net::HttpRequest &, net::Responder r) { limits(r); });
    server.addRoute("GET", QStringLiteral("/limits/{id}"), [this](const net::HttpRequest &q, net::Responder r) {
        limit(q.pathParameter(QStringLiteral("id")), r);
    });
    server.addRoute("PATCH", QStringLiteral("/limits/{id}"), [this](const net::HttpRequest &q, net::Responder r) {
        editLimit(q.pathParameter(QStringLiteral("id")), q, r);
    });
}

void LimitRoutes::createLimit(const net::HttpRequest &request, const net::Responder &responder)
{
    const base::Result<payi::LimitSpec> spec = api::readLimitSpec(request.body());
    if (!spec)
        return void(responder.send(api::errorResponse(400, spec.error())));

    payi::Limit limit;
    limit.id = payi::newUseCaseId();
    limit.spec = *spec;
    limit.created = m_instrumentation.clock().nowUtc();
    // Stored first, then enforced: a limit the client was told about survives a crash.
    m_ledger.saveLimit(limit, this, [this, responder](base::Result<payi::Limit> saved) {
        if (!saved)
            return void(responder.send(api::errorResponse(500, saved.error())));
        m_instrumentation.limits().restore(*saved);
        responder.send(net::HttpResponse::json(201, saved->toJson()));
    });
}

void LimitRoutes::editLimit(const QString &id, const net::HttpRequest &request, const net::Responder &responder)
{
    if (!m_instrumentation.limits().find(id))
        return void(responder.send(net::HttpResponse::error(404, QStringLiteral("not_found"),
                                                            QStringLiteral("no limit with id %1").arg(id.left(64)))));
    const base::Result<payi::LimitEdit> edit = api::readLimitEdit(request.body());
    if (!edit)
        return void(responder.send(api::errorResponse(400, edit.error())));

    // Enforced first, then stored: a lowered max must bite for the calls that start while
    // the write is on its way. The registry merges the edit under its lock, so concurrent
    // edits of different fields both hold, and the writer stores them in the same order.
    const base::Result<payi::Limit> edited = m_instrumentation.limits().edit(id, *edit);
    if (!edited) {
        const bool unknown = edited.error().code == QLatin1String("not_found");
        return void(responder.send(net::HttpResponse::error(
            unknown ? 404 : 400, unknown ? edited.error().code : QStringLiteral("invalid_field"),
            edited.error().message)));
    }
    m_ledger.saveLimit(*edited, this, [this, responder](base::Result<payi::Limit> saved) {
        if (!saved)
            return void(responder.send(api::errorResponse(500, saved.error())));
        // The registry's view, with the spending and reservations of this moment.
        responder.send(
            net::HttpResponse::json(200, m_instrumentation.limits().find(saved->id).value_or(*saved).toJson()));
    });
}

void LimitRoutes::limits(const net::Responder &responder) const
{
    QList<payi::Limit> all = m_instrumentation.limits().all();
    std::sort(all.begin(), all.end(), [](const payi::Limit &a, const payi::Limit &b) { return a.created < b.created; });
    QJsonArray list;
    for (const payi::Limit &l : all)
        list.append(l.toJson());
    responder.send(net::HttpResponse::json(200, QJsonObject{{QStringLiteral("limits"), list}}));
}

void LimitRoutes::limit(const QString &id, const net::Responder &responder) const
{
    const std::optional<payi::Limit> found = m_instrumentation.limits().find(id);
    if (!found)
        return void(responder.send(net::HttpResponse::error(404, QStringLiteral("not_found"),
                                                            QStringLiteral("no limit with id %1").arg(id.left(64)))));
    QJsonObject o = found->toJson();
    const ledger::AggregateSnapshot snapshot = m_ledger.snapshot();
    // calls = totals.calls - totals.blocked - totals.blocked_by_other_limits (docs/http-api.md).
    QJsonObject totals = api::totalsJson(snapshot.limits().value(id));
    totals.insert(QStringLiteral("blocked_by_other_limits"), snapshot.limitBlockedElsewhere(id));
    o.insert(QStringLiteral("totals"), totals);
    responder.send(net::HttpResponse::json(200, o));
}

} // namespace webapp
