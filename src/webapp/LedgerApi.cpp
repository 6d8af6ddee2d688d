#include "webapp/LedgerApi.h"

#include "base/Handoff.h"
#include "ledger/Ledger.h"
#include "payi/Instrumentation.h"
#include "webapp/ApiJson.h"
#include "webapp/AttributionAudit.h"
#include "webapp/DocumentService.h"

#include <QJsonArray>

namespace webapp {

namespace {

base::Result<int> pageSize(const net::HttpRequest &request)
{
    const QString text = request.query().queryItemValue(QStringLiteral("limit"));
    if (text.isEmpty())
        return LedgerApi::DefaultPage;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1 || n > LedgerApi::MaxPage)
        return base::Error{QStringLiteral("invalid_query"),
                           QStringLiteral("limit must be a number from 1 to %1").arg(LedgerApi::MaxPage)};
    return n;
}

// Runs a read off the server's loop and answers from the pool thread.
template <typename Read>
void answerFromPool(const net::Responder &responder, Read read)
{
    base::runOnPool([responder, read = std::move(read)] { responder.send(read()); });
}

QString promLabel(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return v;
}

} // namespace

LedgerApi::LedgerApi(payi::Instrumentation &instrumentation, ledger::Ledger &ledger, DocumentService &documents,
                     AttributionAudit &audit, QObject *parent)
    : QObject(parent)
    , m_instrumentation(instrumentation)
    , m_ledger(ledger)
    , m_documents(documents)
    , m_audit(audit)
{
}

void LedgerApi::mount(net::HttpServer &server)
{
    server.addRoute("GET", QStringLiteral("/use-cases"),
                    [this](const net::HttpRequest &, net::Responder r) { useCases(r); });
    server.addRoute("GET", QStringLiteral("/use-cases/{name}/instances"),
                    [this](const net::HttpRequest &q, net::Responder r) { instances(q, r); });
    server.addRoute("GET", QStringLiteral("/users"),
                    [this](const net::HttpRequest &q, net::Responder r) { users(q, r); });
    server.addRoute("GET", QStringLiteral("/events"),
                    [this](const net::HttpRequest &q, net::Responder r) { events(q, r); });
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
    server.addRoute("GET", QStringLiteral("/instrumentation"), [this](const net::HttpRequest &, net::Responder r) {
        r.send(net::HttpResponse::json(200, instrumentationJson()));
    });
    server.addRoute("PUT", QStringLiteral("/instrumentation"),
                    [this](const net::HttpRequest &q, net::Responder r) { setInstrumentation(q, r); });
    server.addRoute("GET", QStringLiteral("/audit"), [this](const net::HttpRequest &, net::Responder r) {
        QJsonObject audit = m_audit.toJson();
        audit.insert(QStringLiteral("mode"), modeName(m_documents.mode()));
        r.send(net::HttpResponse::json(200, audit));
    });
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
}

void LedgerApi::useCases(const net::Responder &responder) const
{
    const ledger::AggregateSnapshot snapshot = m_ledger.snapshot();
    QJsonArray list;
    for (auto it = snapshot.useCases().cbegin(); it != snapshot.useCases().cend(); ++it) {
        QJsonObject o = api::totalsJson(it.value());
        o.insert(QStringLiteral("use_case_name"), it.key());
        list.append(o);
    }
    responder.send(
        net::HttpResponse::json(200, QJsonObject{{QStringLiteral("use_cases"), list},
                                                 {QStringLiteral("totals"), api::totalsJson(snapshot.all())}}));
}

void LedgerApi::instances(const net::HttpRequest &request, const net::Responder &responder) const
{
    const base::Result<int> limit = pageSize(request);
    if (!limit)
        return void(responder.send(api::errorResponse(400, limit.error())));
    const QString name = request.pathParameter(QStringLiteral("name"));
    const QString after = request.query().queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    answerFromPool(responder, [ledger = &m_ledger, name, after, limit = *limit] {
        const base::Result<QList<ledger::NamedTotals>> page = ledger->instances(name, after, limit);
        if (!page)
            return api::errorResponse(500, page.error());
        QJsonArray list;
        for (const ledger::NamedTotals &t : *page) {
            QJsonObject o = api::totalsJson(t.totals);
            o.insert(QStringLiteral("use_case_id"), t.name);
            list.append(o);
        }
        return net::HttpResponse::json(
            200, QJsonObject{{QStringLiteral("use_case_name"), name},
                             {QStringLiteral("instances"), list},
                             {QStringLiteral("next_after"),
                              page->size() == limit ? QJsonValue(page->last().name) : QJsonValue()}});
    });
}

void LedgerApi::users(const net::HttpRequest &request, const net::Responder &responder) const
{
    const base::Result<int> limit = pageSize(request);
    if (!limit)
        return void(responder.send(api::errorResponse(400, limit.error())));
    std::optional<QString> after;
    if (request.query().hasQueryItem(QStringLiteral("after")))
        after = request.query().queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    const QList<ledger::NamedTotals> page = m_ledger.users(after, *limit);
    QJsonArray list;
    for (const ledger::NamedTotals &t : page) {
        QJsonObject o = api::totalsJson(t.totals);
        o.insert(QStringLiteral("user_id"), t.name);
        list.append(o);
    }
    responder.send(net::HttpResponse::json(200, QJsonObject{{QStringLiteral("users"), list}}));
}

void LedgerApi::events(const net::HttpRequest &request, const net::Responder &responder) const
{
    const base::Result<int> limit = pageSize(request);
    if (!limit)
        return void(responder.send(api::errorResponse(400, limit.error())));
    qint64 after = 0;
    if (request.query().hasQueryItem(QStringLiteral("after"))) {
        bool ok = false;
        after = request.query().queryItemValue(QStringLiteral("after")).toLongLong(&ok);
        if (!ok || after < 0)
            return void(responder.send(net::HttpResponse::error(
                400, QStringLiteral("invalid_query"), QStringLiteral("after must be a sequence number (0 or more)"))));
    }
    answerFromPool(responder, [ledger = &m_ledger, after, limit = *limit] {
        const base::Result<QList<ledger::StoredEvent>> page = ledger->eventsAfter(after, limit);
        if (!page)
            return api::errorResponse(500, page.error());
        QJsonArray list;
        for (const ledger::StoredEvent &e : *page)
            list.append(api::eventJson(e));
        return net::HttpResponse::json(
            200, QJsonObject{{QStringLiteral("events"), list},
                             {QStringLiteral("next_after"), page->isEmpty() ? after : page->last().seq}});
    });
}

void LedgerApi::createLimit(const net::HttpRequest &request, const net::Responder &responder)
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

void LedgerApi::editLimit(const QString &id, const net::HttpRequest &request, const net::Responder &responder)
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

void LedgerApi::limits(const net::Responder &responder) const
{
    QList<payi::Limit> all = m_instrumentation.limits().all();
    std::sort(all.begin(), all.end(), [](const payi::Limit &a, const payi::Limit &b) { return a.created < b.created; });
    QJsonArray list;
    for (const payi::Limit &l : all)
        list.append(l.toJson());
    responder.send(net::HttpResponse::json(200, QJsonObject{{QStringLiteral("limits"), list}}));
}

void LedgerApi::limit(const QString &id, const net::Responder &responder) const
{
    const std::optional<payi::Limit> found = m_instrumentation.limits().find(id);
    if (!found)
        return void(responder.send(net::HttpResponse::error(404, QStringLiteral("not_found"),
                                                            QStringLiteral("no limit with id %1").arg(id.left(64)))));
    QJsonObject o = found->toJson();
    o.insert(QStringLiteral("totals"), api::totalsJson(m_ledger.snapshot().limits().value(id)));
    responder.send(net::HttpResponse::json(200, o));
}

QJsonObject LedgerApi::instrumentationJson() const
{
    const InstrumentationMode mode = m_documents.mode();
    return QJsonObject{
        {QStringLiteral("mode"), modeName(mode)},
        {QStringLiteral("global_instrumentation"), m_instrumentation.globalInstrumentation()},
        {QStringLiteral("global_context"), m_instrumentation.globalContext().toJson()},
        {QStringLiteral("explanation"),
         mode == InstrumentationMode::Scoped
             ? QStringLiteral("Scoped: global instrumentation is off and each request opens its own scope "
                              "(track for create, track_context for append), so concurrent requests never share "
                              "attribution.")
             : QStringLiteral("Global: the handlers open no scope and write each request's user and document into "
                              "the one process-wide context, as a naive port would. Concurrent requests overwrite "
                              "each other; the audit counts the calls that land on the wrong request.")},
    };
}

void LedgerApi::setInstrumentation(const net::HttpRequest &request, const net::Responder &responder)
{
    const base::Result<api::InstrumentationChange> change = api::readInstrumentationChange(request.body());
    if (!change)
        return void(responder.send(api::errorResponse(400, change.error())));
    if (change->mode)
        m_documents.setMode(*change->mode);
    if (!change->globalContext.isEmpty())
        m_instrumentation.updateGlobalContext(change->globalContext);
    responder.send(net::HttpResponse::json(200, instrumentationJson()));
}

void LedgerApi::metrics(const net::HttpServer &server, const net::Responder &responder) const
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
