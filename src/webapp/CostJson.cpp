#include "webapp/CostJson.h"

#include "webapp/ApiJson.h"
#include "webapp/DocumentJson.h"
#include "webapp/RequestSource.h"

#include <QJsonArray>

namespace webapp::api {

QJsonObject totalsJson(const ledger::Totals &totals)
{
    return QJsonObject{
        {QStringLiteral("calls"), totals.calls},
        {QStringLiteral("failures"), totals.failures},
        {QStringLiteral("blocked"), totals.blocked},
        {QStringLiteral("units"), payi::unitsToJson(totals.units)},
        {QStringLiteral("cost"), payi::costToJson(totals.cost)},
        {QStringLiteral("first_activity"), isoUtc(totals.first())},
        {QStringLiteral("last_activity"), isoUtc(totals.last())},
    };
}

QJsonObject sourceJson(const QString &source, const ledger::Totals &totals)
{
    QJsonObject o = totalsJson(totals);
    const std::optional<std::pair<QString, QString>> parts = RequestSource::split(source);
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("kind"),
             source == payi::documentAppSource() ? QStringLiteral("document_app") : QStringLiteral("outside_app"));
    o.insert(QStringLiteral("module"), parts ? QJsonValue(parts->first) : QJsonValue());
    o.insert(QStringLiteral("app"), parts ? QJsonValue(parts->second) : QJsonValue());
    return o;
}

QJsonObject eventJson(const ledger::StoredEvent &stored)
{
    const payi::CallEvent &e = stored.event;
    QJsonObject o = trackingJson(e);
    o.insert(QStringLiteral("seq"), stored.seq);
    o.insert(QStringLiteral("event_id"), e.eventId);
    o.insert(QStringLiteral("timestamp"), isoUtc(e.eventTimestamp));
    o.insert(QStringLiteral("category"), e.category);
    o.insert(QStringLiteral("resource"), e.resource);
    o.insert(QStringLiteral("units"), payi::unitsToJson(e.units));
    o.insert(QStringLiteral("usage_estimated"), e.usageEstimated);
    o.insert(QStringLiteral("attempts"), e.attempts);
    o.insert(QStringLiteral("http_status_code"), e.httpStatusCode);
    o.insert(QStringLiteral("latency_ms"), e.endToEndLatencyMs);
    if (e.timeToFirstTokenMs)
        o.insert(QStringLiteral("time_to_first_token_ms"), *e.timeToFirstTokenMs);
    o.insert(QStringLiteral("failure"),
             e.failed ? QJsonValue(QJsonObject{{QStringLiteral("kind"), e.failureKind},
                                               {QStringLiteral("description"), e.failureDescription}})
                      : QJsonValue());
    o.insert(QStringLiteral("blocked_limit_ids"), QJsonArray::fromStringList(e.blockedLimitIds));
    o.insert(QStringLiteral("attribution"), e.attribution.toJson());
    o.insert(QStringLiteral("price"), QJsonObject{{QStringLiteral("table_version"), e.price.tableVersion},
                                                  {QStringLiteral("resource"), e.price.resource},
                                                  {QStringLiteral("unknown_resource"), e.price.unknownResource}});
    o.insert(QStringLiteral("source"), e.source);
    o.insert(QStringLiteral("source_headers"), payi::sourceHeadersToJson(e.sourceHeaders));
    stored.audit.addTo(&o);
    if (stored.textsDropped) // the ledger's retention budget dropped its request and response texts
        o.insert(QStringLiteral("texts_dropped_by_retention"), true);
    return o;
}

} // namespace webapp::api
