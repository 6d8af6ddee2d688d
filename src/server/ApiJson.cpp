#include "server/ApiJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace server::api {

payi::Result<QJsonObject> parseObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return payi::Error{QStringLiteral("invalid_json"), QStringLiteral("the body is empty: send a JSON object")};
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(body);
    if (utf8.hasError())
        return payi::Error{QStringLiteral("invalid_utf8"), QStringLiteral("the body is not valid UTF-8")};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return payi::Error{QStringLiteral("invalid_json"),
                           QStringLiteral("the body is not valid JSON: %1 at offset %2")
                               .arg(error.errorString())
                               .arg(error.offset)};
    if (!doc.isObject())
        return payi::Error{QStringLiteral("invalid_json"), QStringLiteral("the body must be a JSON object")};
    return doc.object();
}

payi::Result<QString> requireString(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return payi::Error{QStringLiteral("missing_field"), QStringLiteral("\"%1\" is required").arg(field)};
    if (!value.isString())
        return payi::Error{QStringLiteral("invalid_field"), QStringLiteral("\"%1\" must be a string").arg(field)};
    if (value.toString().trimmed().isEmpty())
        return payi::Error{QStringLiteral("invalid_field"), QStringLiteral("\"%1\" must not be empty").arg(field)};
    return value.toString();
}

HttpResponse errorResponse(int status, const payi::Error &error)
{
    return HttpResponse::error(status, error.code, error.message);
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

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

QJsonObject trackingJson(const payi::CallEvent &event)
{
    QJsonObject limits;
    for (auto it = event.limits.cbegin(); it != event.limits.cend(); ++it)
        limits.insert(it.key(), payi::limitStateName(it.value()));
    const payi::Attribution &a = event.attribution;
    return QJsonObject{
        {QStringLiteral("request_id"), event.requestId},
        {QStringLiteral("use_case_name"), a.useCaseName},
        {QStringLiteral("use_case_id"), a.useCaseId},
        {QStringLiteral("user_id"), a.userId},
        {QStringLiteral("limit_ids"), QJsonArray::fromStringList(a.limitIds)},
        {QStringLiteral("cost"), payi::costToJson(event.cost)},
        {QStringLiteral("limits"), limits},
    };
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
    o.insert(QStringLiteral("http_status_code"), e.httpStatusCode);
    o.insert(QStringLiteral("latency_ms"), e.endToEndLatencyMs);
    if (e.timeToFirstTokenMs)
        o.insert(QStringLiteral("time_to_first_token_ms"), *e.timeToFirstTokenMs);
    o.insert(QStringLiteral("failure"), e.failed ? QJsonValue(QJsonObject{{QStringLiteral("kind"), e.failureKind},
                                                                         {QStringLiteral("description"),
                                                                          e.failureDescription}})
                                                 : QJsonValue());
    o.insert(QStringLiteral("blocked_limit_ids"), QJsonArray::fromStringList(e.blockedLimitIds));
    o.insert(QStringLiteral("attribution"), e.attribution.toJson());
    o.insert(QStringLiteral("price"), QJsonObject{{QStringLiteral("table_version"), e.price.tableVersion},
                                                  {QStringLiteral("resource"), e.price.resource},
                                                  {QStringLiteral("unknown_resource"), e.price.unknownResource}});
    return o;
}

} // namespace server::api
