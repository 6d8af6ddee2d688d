#include "webapp/IngestJson.h"

#include "base/JsonText.h"
#include "providers/ProxyHeaders.h"
#include "webapp/ApiJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>

namespace webapp::api {

namespace {

QString quoted(const QString &text)
{
    return text.size() > 40 ? text.left(40) + QStringLiteral("...") : text;
}

// A non-negative whole number (JSON has no integer type: 12.0 is 12, 12.5 is refused).
base::Result<qint64> count(const QJsonValue &value, const QString &place)
{
    const qint64 n = value.isDouble() ? value.toInteger(-1) : -1;
    if (n < 0)
        return invalidField(QStringLiteral("\"%1\" must be a non-negative integer").arg(place));
    return n;
}

// An optional field: absent or null is nullopt.
std::optional<QJsonValue> given(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return value;
}

base::Result<QString> optionalString(const QJsonObject &body, const QString &field)
{
    const std::optional<QJsonValue> value = given(body, field);
    if (!value)
        return QString();
    if (!value->isString())
        return invalidField(QStringLiteral("\"%1\" must be a string").arg(field));
    return value->toString();
}

base::Result<payi::Units> readUnits(const QJsonObject &body)
{
    const std::optional<QJsonValue> value = given(body, QStringLiteral("units"));
    if (!value)
        return base::Error{QStringLiteral("missing_field"), QStringLiteral("\"units\" is required")};
    if (!value->isObject())
        return invalidField(QStringLiteral("\"units\" must be an object of {\"input\", \"output\"} counts"));
    payi::Units units;
    const QJsonObject object = value->toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString place = QStringLiteral("units.") + quoted(it.key());
        if (it.key().isEmpty())
            return invalidField(QStringLiteral("a unit type in \"units\" has an empty name"));
        if (!it.value().isObject())
            return invalidField(QStringLiteral("\"%1\" must be an object of \"input\" and \"output\"").arg(place));
        const QJsonObject counts = it.value().toObject();
        payi::UnitCount unit;
        for (const auto &[field, target] :
             {std::pair{QStringLiteral("input"), &unit.input}, std::pair{QStringLiteral("output"), &unit.output}}) {
            if (const std::optional<QJsonValue> n = given(counts, field)) {
                const base::Result<qint64> parsed = count(*n, place + u'.' + field);
                if (!parsed)
                    return parsed.error();
                *target = *parsed;
            }
        }
        units.insert(it.key(), unit);
    }
    return units;
}

// {name: string or null}; a null value means the property is not set.
base::Result<payi::Properties> readProperties(const QJsonObject &body, const QString &field)
{
    const std::optional<QJsonValue> value = given(body, field);
    if (!value)
        return payi::Properties();
    if (!value->isObject())
        return invalidField(QStringLiteral("\"%1\" must be an object of strings").arg(field));
    payi::Properties properties;
    const QJsonObject object = value->toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull())
            continue;
        if (!it.value().isString())
            return invalidField(QStringLiteral("\"%1.%2\" must be a string or null").arg(field, quoted(it.key())));
        properties.insert(it.key(), it.value().toString());
    }
    return properties;
}

// One text, or (as the SDK sends a success) a list of texts: one list item is kept as it
// is, several as a JSON array of the texts.
base::Result<QString> readResponseTexts(const QJsonObject &body)
{
    const QString field = QStringLiteral("provider_response_json");
    const std::optional<QJsonValue> value = given(body, field);
    if (!value)
        return QString();
    if (value->isString())
        return value->toString();
    if (!value->isArray())
        return invalidField(QStringLiteral("\"%1\" must be a string or a list of strings").arg(field));
    const QJsonArray texts = value->toArray();
    for (const QJsonValue &text : texts) {
        if (!text.isString())
            return invalidField(QStringLiteral("\"%1\" must be a string or a list of strings").arg(field));
    }
    if (texts.size() == 1)
        return texts.first().toString();
    return texts.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(texts).toJson(QJsonDocument::Compact));
}

// [{"name": string, "value": string}]: checked, not kept (a CallEvent has no place for them).
std::optional<base::Error> checkResponseHeaders(const QJsonObject &body)
{
    const QString field = QStringLiteral("provider_response_headers");
    const std::optional<QJsonValue> value = given(body, field);
    if (!value)
        return std::nullopt;
    const base::Error wrong =
        invalidField(QStringLiteral("\"%1\" must be a list of {\"name\", \"value\"} strings").arg(field));
    if (!value->isArray())
        return wrong;
    for (const QJsonValue &header : value->toArray()) {
        const QJsonObject pair = header.toObject();
        if (!header.isObject() || !pair.value(QStringLiteral("name")).isString()
            || !pair.value(QStringLiteral("value")).isString()) {
            return wrong;
        }
    }
    return std::nullopt;
}

base::Result<std::optional<qint64>> optionalCount(const QJsonObject &body, const QString &field)
{
    const std::optional<QJsonValue> value = given(body, field);
    if (!value)
        return std::optional<qint64>();
    const base::Result<qint64> n = count(*value, field);
    if (!n)
        return n.error();
    return std::optional<qint64>(*n);
}

// Python's isoformat(): "2026-05-04T10:20:30.123456+00:00"; any offset, or Z.
base::Result<QDateTime> readTimestamp(const QJsonObject &body, const QDateTime &now)
{
    const base::Result<QString> text = optionalString(body, QStringLiteral("event_timestamp"));
    if (!text)
        return text.error();
    if (text->isEmpty())
        return now;
    const QDateTime time = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return invalidField(QStringLiteral(
            "\"event_timestamp\" must be an ISO-8601 time with an offset, such as 2026-05-04T10:20:30+00:00"));
    return time.toUTC();
}

// The xProxy-* headers of the request, the key aside, sorted by name: what the digest covers.
providers::HeaderList attributionHeaders(const net::HttpRequest &request)
{
    providers::HeaderList headers;
    for (const auto &[name, value] : request.headers().fields()) {
        if (providers::isProxyHeader(name) && name.compare("xProxy-api-key", Qt::CaseInsensitive) != 0)
            headers.append({name, value});
    }
    return headers;
}

QByteArray digestOf(const QByteArray &body, providers::HeaderList headers)
{
    for (auto &[name, value] : headers)
        name = name.toLower();
    std::sort(headers.begin(), headers.end());
    QByteArray packet = body;
    for (const auto &[name, value] : std::as_const(headers))
        packet += '\n' + name + ':' + value;
    // Two 64-bit hashes with other seeds: not a defence against a forger, who could only make
    // its own retry look like another, but no accidental collision in 10,000 remembered ids.
    const std::array<size_t, 2> digest{qHashBits(packet.constData(), size_t(packet.size()), 0x243f6a8885a308d3U),
                                       qHashBits(packet.constData(), size_t(packet.size()), 0x13198a2e03707344U)};
    return QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(sizeof digest));
}

} // namespace

base::Result<IngestPacket> readIngestPacket(const net::HttpRequest &request)
{
    const base::Result<QJsonObject> read = base::readJsonObject(request.body());
    if (!read)
        return read.error();
    const QJsonObject &body = *read;
    const providers::HeaderList headers = attributionHeaders(request);
    const base::Result<payi::Params> params = providers::paramsFromProxyHeaders(headers);
    if (!params)
        return params.error();

    IngestPacket packet;
    payi::CallEvent &e = packet.event;
    const base::Result<QString> category = requireString(body, QStringLiteral("category"));
    if (!category)
        return category.error();
    const base::Result<QString> resource = requireString(body, QStringLiteral("resource"));
    if (!resource)
        return resource.error();
    e.category = *category;
    e.resource = *resource;
    base::Result<payi::Units> units = readUnits(body);
    if (!units)
        return units.error();
    e.units = std::move(units).value();

    const base::Result<std::optional<qint64>> latency = optionalCount(body, QStringLiteral("end_to_end_latency_ms"));
    if (!latency)
        return latency.error();
    e.endToEndLatencyMs = latency->value_or(0);
    const base::Result<std::optional<qint64>> firstToken =
        optionalCount(body, QStringLiteral("time_to_first_token_ms"));
    if (!firstToken)
        return firstToken.error();
    e.timeToFirstTokenMs = *firstToken;
    const base::Result<std::optional<qint64>> status = optionalCount(body, QStringLiteral("http_status_code"));
    if (!status)
        return status.error();
    if (*status && (**status < 100 || **status > 599))
        return invalidField(QStringLiteral("\"http_status_code\" must be an HTTP status, 100 to 599"));
    e.httpStatusCode = int(status->value_or(200));
    const base::Result<QDateTime> timestamp = readTimestamp(body, QDateTime::currentDateTimeUtc());
    if (!timestamp)
        return timestamp.error();
    e.eventTimestamp = *timestamp;

    for (const auto &[field, target] : {std::pair{QStringLiteral("provider_response_id"), &e.providerResponseId},
                                        std::pair{QStringLiteral("provider_uri"), &e.providerUri},
                                        std::pair{QStringLiteral("provider_request_json"), &e.providerRequestJson}}) {
        const base::Result<QString> text = optionalString(body, field);
        if (!text)
            return text.error();
        *target = *text;
    }
    const base::Result<QString> responseTexts = readResponseTexts(body);
    if (!responseTexts)
        return responseTexts.error();
    e.providerResponseJson = *responseTexts;
    if (const std::optional<base::Error> wrong = checkResponseHeaders(body))
        return *wrong;

    base::Result<payi::Properties> properties = readProperties(body, QStringLiteral("properties"));
    if (!properties)
        return properties.error();
    const base::Result<payi::Properties> useCaseProperties =
        readProperties(body, QStringLiteral("use_case_properties"));
    if (!useCaseProperties)
        return useCaseProperties.error();

    // The attribution is the headers' alone, as the SDK resolved it before sending.
    e.attribution = payi::applyCallHeaders(payi::Attribution(), *params);
    if (!useCaseProperties->isEmpty()) {
        e.attribution.useCaseProperties = *useCaseProperties;
        e.attribution.setOrigin(payi::Field::UseCaseProperties, payi::Origin::CallHeader);
    }
    // A failure reported by Costbench's own IngestSink names its kind in these properties.
    const QString failureKind = properties.value().take(QStringLiteral("system.failure"));
    const QString failureDescription = properties.value().take(QStringLiteral("system.failure.description"));
    if (!properties->isEmpty()) {
        e.attribution.requestProperties = *properties;
        e.attribution.setOrigin(payi::Field::RequestProperties, payi::Origin::CallHeader);
    }
    e.properties = std::move(properties).value();
    e.failed = e.httpStatusCode >= 400 || !failureKind.isEmpty();
    if (e.failed) {
        e.failureKind = failureKind.isEmpty() ? QStringLiteral("http_error") : failureKind;
        e.failureDescription = failureDescription.isEmpty()
                                   ? QStringLiteral("the provider answered HTTP %1").arg(e.httpStatusCode)
                                   : failureDescription;
    }

    const QString queryId = request.query().queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    packet.responseId = queryId.isEmpty() ? e.providerResponseId : queryId;
    packet.digest = digestOf(request.body(), headers);
    return packet;
}

std::optional<base::Error> checkLimitIds(const QStringList &ids, const payi::LimitRegistry &limits)
{
    QStringList unknown;
    for (const QString &id : ids) {
        if (!limits.find(id))
            unknown.append(quoted(id));
    }
    if (unknown.isEmpty())
        return std::nullopt;
    return base::Error{
        QStringLiteral("invalid_limit_ids"),
        QStringLiteral("xProxy-Limit-IDs names limits that do not exist: %1").arg(unknown.join(QStringLiteral(", ")))};
}

QJsonObject xproxyErrorBody(int status, const QString &code, const QString &message)
{
    return QJsonObject{{QStringLiteral("message"), message},
                       {QStringLiteral("statusCode"), status},
                       {QStringLiteral("xproxy_error"),
                        QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

net::HttpResponse xproxyError(int status, const QString &code, const QString &message)
{
    return net::HttpResponse::json(status, xproxyErrorBody(status, code, message));
}

net::HttpResponse xproxyError(int status, const base::Error &error)
{
    return xproxyError(status, error.code, error.message);
}

void writeXproxyResult(base::JsonWriter &out, const payi::CallEvent &event)
{
    const payi::Attribution &a = event.attribution;
    out.open('{').key(u"request_id").item(event.requestId);
    for (const auto &[field, value] :
         {std::pair{u"use_case_name", &a.useCaseName}, std::pair{u"use_case_id", &a.useCaseId},
          std::pair{u"use_case_step", &a.useCaseStep}, std::pair{u"user_id", &a.userId},
          std::pair{u"account_name", &a.accountName}}) {
        if (!value->isEmpty())
            out.key(field).item(*value);
    }
    out.key(u"limits").open('{');
    for (auto it = event.limits.cbegin(); it != event.limits.cend(); ++it)
        out.key(it.key()).open('{').key(u"state").item(payi::limitStateName(it.value())).close('}');
    out.close('}').key(u"blocked_limit_ids").open('[');
    for (const QString &id : event.blockedLimitIds)
        out.item(id);
    // Amounts are JSON numbers, as Pay-i answers, written as the exact decimal.
    out.close(']').key(u"cost").open('{').key(u"currency").item(u"usd");
    for (const auto &[part, amount] : {std::pair{u"input", event.cost.input}, std::pair{u"output", event.cost.output},
                                       std::pair{u"total", event.cost.total}})
        out.key(part).open('{').key(u"base").raw(amount.toString().toLatin1()).close('}');
    out.close('}');
    if (event.price.unknownResource)
        out.key(u"warnings")
            .open('[')
            .item(QStringLiteral("no price for resource %1 in Costbench's price table: cost 0")
                      .arg(quoted(event.price.resource)))
            .close(']');
    out.close('}');
}

QJsonObject xproxyResult(const payi::CallEvent &event)
{
    base::JsonWriter out;
    writeXproxyResult(out, event);
    return QJsonDocument::fromJson(out.take()).object();
}

QByteArray ingestResponse(const payi::CallEvent &event, const QDateTime &ingested)
{
    base::JsonWriter out;
    out.open('{')
        .key(u"event_timestamp")
        .item(isoUtc(event.eventTimestamp))
        .key(u"ingest_timestamp")
        .item(isoUtc(ingested))
        .key(u"request_id")
        .item(event.requestId)
        .key(u"xproxy_result");
    writeXproxyResult(out, event);
    out.close('}');
    return out.take();
}

} // namespace webapp::api
