#include "payi/CallEvent.h"

#include <QJsonArray>

namespace payi {

namespace {

Money moneyFrom(const QJsonValue &v)
{
    const base::Result<Money> m = Money::parse(v.toString());
    return m ? *m : Money();
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonArray sourceHeadersToJson(const SourceHeaders &headers)
{
    QJsonArray list;
    for (const auto &[name, value] : headers)
        list.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    return list;
}

SourceHeaders sourceHeadersFromJson(const QJsonArray &list)
{
    SourceHeaders headers;
    for (const QJsonValue &header : list)
        headers.append({header[QLatin1String("name")].toString(), header[QLatin1String("value")].toString()});
    return headers;
}

QJsonObject CallEvent::toJson() const
{
    QJsonObject o{
        {QStringLiteral("event_id"), eventId},
        {QStringLiteral("request_id"), requestId},
        {QStringLiteral("category"), category},
        {QStringLiteral("resource"), resource},
        {QStringLiteral("provider_uri"), providerUri},
        {QStringLiteral("event_timestamp"), isoUtc(eventTimestamp)},
        {QStringLiteral("end_to_end_latency_ms"), endToEndLatencyMs},
        {QStringLiteral("http_status_code"), httpStatusCode},
        {QStringLiteral("provider_response_id"), providerResponseId},
        {QStringLiteral("streaming"), streaming},
        {QStringLiteral("units"), unitsToJson(units)},
        {QStringLiteral("raw_usage"), rawUsage},
        {QStringLiteral("usage_estimated"), usageEstimated},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("attribution"), attribution.toJson()},
        {QStringLiteral("properties"), propertiesToJson(properties)},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("cost"), costToJson(cost)},
        {QStringLiteral("price"), QJsonObject{{QStringLiteral("table_version"), price.tableVersion},
                                              {QStringLiteral("resource"), price.resource},
                                              {QStringLiteral("unknown_resource"), price.unknownResource}}},
        {QStringLiteral("blocked_limit_ids"), QJsonArray::fromStringList(blockedLimitIds)},
    };
    if (timeToFirstTokenMs)
        o.insert(QStringLiteral("time_to_first_token_ms"), *timeToFirstTokenMs);
    if (failed)
        o.insert(QStringLiteral("failure"), QJsonObject{{QStringLiteral("kind"), failureKind},
                                                        {QStringLiteral("description"), failureDescription}});
    QJsonObject limitsJson;
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        limitsJson.insert(it.key(), limitStateName(it.value()));
    o.insert(QStringLiteral("limits"), limitsJson);
    if (!providerRequestJson.isEmpty())
        o.insert(QStringLiteral("provider_request_json"), providerRequestJson);
    if (!providerResponseJson.isEmpty())
        o.insert(QStringLiteral("provider_response_json"), providerResponseJson);
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("source_headers"), sourceHeadersToJson(sourceHeaders));
    return o;
}

std::optional<CallEvent> CallEvent::fromJson(const QJsonObject &o)
{
    CallEvent e;
    e.eventId = o.value(QLatin1String("event_id")).toString();
    if (e.eventId.isEmpty())
        return std::nullopt;
    e.requestId = o.value(QLatin1String("request_id")).toString();
    e.category = o.value(QLatin1String("category")).toString();
    e.resource = o.value(QLatin1String("resource")).toString();
    e.providerUri = o.value(QLatin1String("provider_uri")).toString();
    e.eventTimestamp = QDateTime::fromString(o.value(QLatin1String("event_timestamp")).toString(), Qt::ISODateWithMs);
    e.endToEndLatencyMs = o.value(QLatin1String("end_to_end_latency_ms")).toInteger();
    if (o.contains(QLatin1String("time_to_first_token_ms")))
        e.timeToFirstTokenMs = o.value(QLatin1String("time_to_first_token_ms")).toInteger();
    e.httpStatusCode = o.value(QLatin1String("http_status_code")).toInt();
    e.providerResponseId = o.value(QLatin1String("provider_response_id")).toString();
    e.streaming = o.value(QLatin1String("streaming")).toBool();
    e.units = unitsFromJson(o.value(QLatin1String("units")).toObject());
    e.rawUsage = o.value(QLatin1String("raw_usage")).toObject();
    e.usageEstimated = o.value(QLatin1String("usage_estimated")).toBool();
    e.attempts = o.value(QLatin1String("attempts")).toInt(1);
    e.attribution = Attribution::fromJson(o.value(QLatin1String("attribution")).toObject());
    e.properties = propertiesFromJson(o.value(QLatin1String("properties")).toObject());
    e.failed = o.value(QLatin1String("failed")).toBool();
    const QJsonObject failure = o.value(QLatin1String("failure")).toObject();
    e.failureKind = failure.value(QLatin1String("kind")).toString();
    e.failureDescription = failure.value(QLatin1String("description")).toString();
    const QJsonObject cost = o.value(QLatin1String("cost")).toObject();
    e.cost = Cost{moneyFrom(cost.value(QLatin1String("input"))), moneyFrom(cost.value(QLatin1String("output"))),
                  moneyFrom(cost.value(QLatin1String("total")))};
    const QJsonObject price = o.value(QLatin1String("price")).toObject();
    e.price = PriceProvenance{price.value(QLatin1String("table_version")).toString(),
                              price.value(QLatin1String("resource")).toString(),
                              price.value(QLatin1String("unknown_resource")).toBool()};
    const QJsonObject limitsJson = o.value(QLatin1String("limits")).toObject();
    for (auto it = limitsJson.begin(); it != limitsJson.end(); ++it) {
        if (const std::optional<LimitState> state = limitStateFromName(it.value().toString()))
            e.limits.insert(it.key(), *state);
    }
    for (const QJsonValue &id : o.value(QLatin1String("blocked_limit_ids")).toArray())
        e.blockedLimitIds.append(id.toString());
    e.providerRequestJson = o.value(QLatin1String("provider_request_json")).toString();
    e.providerResponseJson = o.value(QLatin1String("provider_response_json")).toString();
    if (o.contains(QLatin1String("source")))
        e.source = o.value(QLatin1String("source")).toString();
    e.sourceHeaders = sourceHeadersFromJson(o.value(QLatin1String("source_headers")).toArray());
    return e;
}

QJsonObject CallEvent::ingestBody() const
{
    Properties props = properties;
    if (failed) {
        props.insert(QStringLiteral("system.failure"), failureKind);
        props.insert(QStringLiteral("system.failure.description"), failureDescription);
    }
    QJsonObject o{
        {QStringLiteral("category"), category},
        {QStringLiteral("resource"), resource},
        {QStringLiteral("units"), unitsToJson(units)},
        {QStringLiteral("end_to_end_latency_ms"), endToEndLatencyMs},
        {QStringLiteral("event_timestamp"), isoUtc(eventTimestamp)},
        {QStringLiteral("http_status_code"), httpStatusCode},
        {QStringLiteral("provider_response_id"), providerResponseId},
        {QStringLiteral("provider_uri"), providerUri},
        {QStringLiteral("properties"), propertiesToJson(props)},
    };
    if (timeToFirstTokenMs)
        o.insert(QStringLiteral("time_to_first_token_ms"), *timeToFirstTokenMs);
    if (!attribution.useCaseProperties.isEmpty())
        o.insert(QStringLiteral("use_case_properties"), propertiesToJson(attribution.useCaseProperties));
    if (!providerRequestJson.isEmpty())
        o.insert(QStringLiteral("provider_request_json"), providerRequestJson);
    if (!providerResponseJson.isEmpty())
        o.insert(QStringLiteral("provider_response_json"), providerResponseJson);
    return o;
}

QList<QPair<QByteArray, QByteArray>> CallEvent::ingestHeaders() const
{
    QList<QPair<QByteArray, QByteArray>> headers;
    const auto add = [&](const char *name, const QString &value) {
        if (!value.isEmpty())
            headers.append({QByteArray(name), value.toUtf8()});
    };
    add("xProxy-UseCase-Name", attribution.useCaseName);
    add("xProxy-UseCase-ID", attribution.useCaseId);
    if (attribution.useCaseVersion)
        add("xProxy-UseCase-Version", QString::number(*attribution.useCaseVersion));
    add("xProxy-UseCase-Step", attribution.useCaseStep);
    add("xProxy-User-ID", attribution.userId);
    add("xProxy-Account-Name", attribution.accountName);
    add("xProxy-Limit-IDs", attribution.limitIds.join(u','));
    return headers;
}

} // namespace payi
