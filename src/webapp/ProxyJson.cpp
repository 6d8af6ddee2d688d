#include "webapp/ProxyJson.h"

#include "base/JsonText.h"
#include "providers/ProxyHeaders.h"
#include "webapp/ApiJson.h"
#include "webapp/IngestJson.h"

#include <QJsonDocument>

namespace webapp::api {

namespace {

const QLatin1String StreamOptions("stream_options");
const QLatin1String IncludeUsage("include_usage");
const QLatin1String MaxCompletionTokens("max_completion_tokens");

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// An optional field: absent or null is nullopt.
std::optional<QJsonValue> given(const QJsonObject &body, QLatin1String field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return value;
}

} // namespace

base::Result<ProxyRequest> readProxyRequest(const net::HttpRequest &request)
{
    const base::Result<QJsonObject> read = base::readJsonObject(request.body());
    if (!read)
        return read.error();
    const QJsonObject &body = *read;
    const base::Result<payi::Params> params = providers::paramsFromProxyHeaders(request.headers().fields());
    if (!params)
        return params.error();

    ProxyRequest proxied;
    const base::Result<QString> model = requireString(body, QStringLiteral("model"));
    if (!model)
        return model.error();
    proxied.model = *model;
    if (const std::optional<QJsonValue> stream = given(body, QLatin1String("stream"))) {
        if (!stream->isBool())
            return invalidField(QStringLiteral("\"stream\" must be a boolean"));
        proxied.stream = stream->toBool();
    }
    if (const std::optional<QJsonValue> options = given(body, StreamOptions)) {
        if (!options->isObject())
            return invalidField(QStringLiteral("\"stream_options\" must be an object"));
        proxied.clientWantsUsage = options->toObject().value(IncludeUsage).toBool();
    }
    for (const QLatin1String field : {QLatin1String("max_tokens"), MaxCompletionTokens}) {
        const std::optional<QJsonValue> value = given(body, field);
        if (!value)
            continue;
        const qint64 n = value->isDouble() ? value->toInteger(0) : 0;
        if (n <= 0)
            return invalidField(QStringLiteral("\"%1\" must be a positive integer").arg(field));
        proxied.maxOutputTokens = proxied.maxOutputTokens > 0 ? qMin(proxied.maxOutputTokens, n) : n;
    }
    proxied.body = request.body();
    proxied.attribution = payi::applyCallHeaders(payi::Attribution(), *params);
    return proxied;
}

QByteArray upstreamBody(const ProxyRequest &request, qint64 outputCap)
{
    const bool askForUsage = request.stream && !request.clientWantsUsage;
    if (!askForUsage && outputCap <= 0)
        return request.body;
    QJsonObject json = QJsonDocument::fromJson(request.body).object();
    if (askForUsage) {
        QJsonObject options = json.value(StreamOptions).toObject();
        options.insert(IncludeUsage, true);
        json.insert(StreamOptions, options);
    }
    if (outputCap > 0)
        json.insert(MaxCompletionTokens, outputCap);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<QByteArray> withFields(const QByteArray &json, const QJsonObject &fields)
{
    qsizetype first = 0;
    while (first < json.size() && isBlank(json[first]))
        ++first;
    qsizetype last = json.size() - 1;
    while (last > first && isBlank(json[last]))
        --last;
    if (first >= last || json[first] != '{' || json[last] != '}')
        return std::nullopt;
    if (fields.isEmpty())
        return json;
    QByteArray added = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    added = added.mid(1, added.size() - 2); // the members, without their braces
    qsizetype inside = first + 1;
    while (inside < last && isBlank(json[inside]))
        ++inside;
    const bool empty = inside == last;
    QByteArray out;
    out.reserve(json.size() + added.size() + 1);
    out.append(json.constData(), last);
    if (!empty)
        out += ',';
    out += added;
    out.append(json.constData() + last, json.size() - last);
    return out;
}

QJsonObject blockedAnswer(const payi::CallEvent &blocked)
{
    QJsonObject answer = xproxyErrorBody(
        400, QStringLiteral("limit_reached"),
        QStringLiteral("Insufficient limit for the requested operation: %1").arg(blocked.failureDescription));
    answer.insert(QStringLiteral("xproxy_result"), xproxyResult(blocked));
    return answer;
}

QJsonObject providerFailureAnswer(int status, const payi::CallEvent &failed)
{
    QJsonObject answer = xproxyErrorBody(status, failed.failureKind, failed.failureDescription);
    answer.insert(QStringLiteral("xproxy_result"), xproxyResult(failed));
    return answer;
}

} // namespace webapp::api
