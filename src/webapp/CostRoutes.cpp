#include "webapp/CostRoutes.h"

#include "base/Handoff.h"
#include "ledger/Ledger.h"
#include "webapp/ApiJson.h"
#include "webapp/CostJson.h"
#include "webapp/DocumentJson.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace webapp {

namespace {

base::Result<int> pageSize(const net::HttpRequest &request)
{
    const QString text = request.query().queryItemValue(QStringLiteral("limit"));
    if (text.isEmpty())
        return CostRoutes::DefaultPage;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1 || n > CostRoutes::MaxPage)
        return base::Error{QStringLiteral("invalid_query"),
                           QStringLiteral("limit must be a number from 1 to %1").arg(CostRoutes::MaxPage)};
    return n;
}

// The `source` filter of a read (docs/http-api.md, "Sources"): a source as /sources names it,
// percent-encoded, "+" read as a space as HTML forms send it; empty without the parameter.
QString sourceFilter(const net::HttpRequest &request)
{
    QString raw = request.query().queryItemValue(QStringLiteral("source"), QUrl::FullyEncoded);
    raw.replace(u'+', QStringLiteral("%20"));
    return QUrl::fromPercentEncoding(raw.toLatin1());
}

// Runs a read off the server's loop and answers from the pool thread.
template <typename Read>
void answerFromPool(const net::Responder &responder, Read read)
{
    base::runOnPool([responder, read = std::move(read)] { responder.send(read()); });
}

} // namespace

CostRoutes::CostRoutes(ledger::Ledger &ledger) : m_ledger(ledger) {}

void CostRoutes::mount(net::HttpServer &server)
{
    server.addRoute("GET", QStringLiteral("/use-cases"),
                    [this](const net::HttpRequest &q, net::Responder r) { useCases(q, r); });
    server.addRoute("GET", QStringLiteral("/sources"),
                    [this](const net::HttpRequest &, net::Responder r) { sources(r); });
    server.addRoute("GET", QStringLiteral("/use-cases/{name}/instances"),
                    [this](const net::HttpRequest &q, net::Responder r) { instances(q, r); });
    server.addRoute("GET", QStringLiteral("/users"),
                    [this](const net::HttpRequest &q, net::Responder r) { users(q, r); });
    server.addRoute("GET", QStringLiteral("/events"),
                    [this](const net::HttpRequest &q, net::Responder r) { events(q, r); });
}

void CostRoutes::useCases(const net::HttpRequest &request, const net::Responder &responder) const
{
    const QString source = sourceFilter(request);
    const ledger::AggregateSnapshot snapshot = m_ledger.snapshot();
    const QHash<QString, ledger::Totals> &useCases = snapshot.useCases(source);
    QJsonArray list;
    for (auto it = useCases.cbegin(); it != useCases.cend(); ++it) {
        QJsonObject o = api::totalsJson(it.value());
        o.insert(QStringLiteral("use_case_name"), it.key());
        list.append(o);
    }
    responder.send(
        net::HttpResponse::json(200, QJsonObject{{QStringLiteral("use_cases"), list},
                                                 {QStringLiteral("totals"), api::totalsJson(snapshot.all(source))}}));
}

void CostRoutes::sources(const net::Responder &responder) const
{
    const ledger::AggregateSnapshot snapshot = m_ledger.snapshot();
    QStringList names = snapshot.sourceNames();
    names.removeAll(payi::documentAppSource());
    names.prepend(payi::documentAppSource()); // listed first, calls or not
    QJsonArray list;
    for (const QString &name : std::as_const(names))
        list.append(api::sourceJson(name, snapshot.all(name)));
    responder.send(
        net::HttpResponse::json(200, QJsonObject{{QStringLiteral("sources"), list},
                                                 {QStringLiteral("totals"), api::totalsJson(snapshot.all())}}));
}

void CostRoutes::instances(const net::HttpRequest &request, const net::Responder &responder) const
{
    const base::Result<int> limit = pageSize(request);
    if (!limit)
        return void(responder.send(api::errorResponse(400, limit.error())));
    const QUrlQuery &query = request.query();
    const QString order = query.queryItemValue(QStringLiteral("order"));
    if (!order.isEmpty() && order != QLatin1String("id") && order != QLatin1String("newest"))
        return void(responder.send(net::HttpResponse::error(400, QStringLiteral("invalid_query"),
                                                            QStringLiteral("order must be id or newest"))));
    const bool newest = order == QLatin1String("newest");
    if (!newest && query.hasQueryItem(QStringLiteral("before")))
        return void(responder.send(net::HttpResponse::error(400, QStringLiteral("invalid_query"),
                                                            QStringLiteral("before needs order=newest"))));
    if (newest && query.hasQueryItem(QStringLiteral("after")))
        return void(responder.send(net::HttpResponse::error(400, QStringLiteral("invalid_query"),
                                                            QStringLiteral("after goes with order=id, before with "
                                                                           "order=newest"))));
    const QString name = request.pathParameter(QStringLiteral("name"));
    const QString cursor =
        query.queryItemValue(newest ? QStringLiteral("before") : QStringLiteral("after"), QUrl::FullyDecoded);
    const qint64 count = m_ledger.snapshot().instanceCount(name);
    answerFromPool(responder, [ledger = &m_ledger, name, cursor, newest, count, limit = *limit] {
        if (newest && !cursor.isEmpty()) {
            const base::Result<bool> known = ledger->hasInstance(name, cursor);
            if (!known)
                return api::errorResponse(500, known.error());
            if (!*known)
                return net::HttpResponse::error(
                    400, QStringLiteral("unknown_cursor"),
                    QStringLiteral("before must be the use_case_id of an instance of %1 (a next_before)").arg(name));
        }
        const base::Result<QList<ledger::NamedTotals>> page = ledger->instancePage(
            name, newest ? ledger::Ledger::InstanceOrder::Newest : ledger::Ledger::InstanceOrder::ById, cursor, limit);
        if (!page)
            return api::errorResponse(500, page.error());
        // The documents each instance's create calls made: one for a create_document instance.
        QStringList ids;
        for (const ledger::NamedTotals &t : *page)
            ids.append(t.name);
        const base::Result<QList<ledger::Document>> created = ledger->documentsCreatedIn(ids);
        if (!created)
            return api::errorResponse(500, created.error());
        QHash<QString, QJsonArray> documents;
        for (const ledger::Document &d : *created) {
            documents[d.createInstanceId].append(QJsonObject{{QStringLiteral("document_id"), d.id},
                                                             {QStringLiteral("title"), api::documentTitle(d.content)}});
        }
        QJsonArray list;
        for (const ledger::NamedTotals &t : *page) {
            QJsonObject o = api::totalsJson(t.totals);
            o.insert(QStringLiteral("use_case_id"), t.name);
            o.insert(QStringLiteral("created_documents"), documents.value(t.name));
            list.append(o);
        }
        const QJsonValue next = page->size() == limit ? QJsonValue(page->last().name) : QJsonValue();
        return net::HttpResponse::json(
            200, QJsonObject{{QStringLiteral("use_case_name"), name},
                             {QStringLiteral("instances"), list},
                             {QStringLiteral("instance_count"), count},
                             {newest ? QStringLiteral("next_before") : QStringLiteral("next_after"), next}});
    });
}

void CostRoutes::users(const net::HttpRequest &request, const net::Responder &responder) const
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

void CostRoutes::events(const net::HttpRequest &request, const net::Responder &responder) const
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
    answerFromPool(responder, [ledger = &m_ledger, after, limit = *limit, source = sourceFilter(request)] {
        const base::Result<QList<ledger::StoredEvent>> page = ledger->eventsAfter(after, limit, source);
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

} // namespace webapp
