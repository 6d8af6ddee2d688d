#include "webapp/ApiJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace webapp::api {

namespace {

// A required non-empty string field: missing_field or invalid_field.
base::Result<QString> requireString(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return base::Error{QStringLiteral("missing_field"), QStringLiteral("\"%1\" is required").arg(field)};
    if (!value.isString())
        return base::Error{QStringLiteral("invalid_field"), QStringLiteral("\"%1\" must be a string").arg(field)};
    if (value.toString().trimmed().isEmpty())
        return base::Error{QStringLiteral("invalid_field"), QStringLiteral("\"%1\" must not be empty").arg(field)};
    return value.toString();
}

base::Error invalidField(const QString &message)
{
    return base::Error{QStringLiteral("invalid_field"), message};
}

const QString MaxFormat = QStringLiteral("\"max\" must be a decimal string of USD, such as \"10.00\"");
const QStringList EditableLimitFields{QStringLiteral("limit_name"), QStringLiteral("max"), QStringLiteral("limit_type"),
                                      QStringLiteral("threshold")};

// The limit fields present in body, each checked on its own (POST and PATCH /limits);
// whether the whole spec holds is checked once the fields are applied.
base::Result<payi::LimitEdit> readLimitFields(const QJsonObject &body)
{
    payi::LimitEdit fields;
    if (body.contains(QStringLiteral("limit_name"))) {
        const base::Result<QString> name = requireString(body, QStringLiteral("limit_name"));
        if (!name)
            return name.error();
        fields.name = *name;
    }
    const QJsonValue max = body.value(QStringLiteral("max"));
    if (!max.isUndefined()) {
        if (!max.isString())
            return invalidField(MaxFormat);
        const base::Result<payi::Money> parsed = payi::Money::parse(max.toString());
        if (!parsed)
            return invalidField(parsed.error().message);
        fields.max = *parsed;
    }
    const QJsonValue type = body.value(QStringLiteral("limit_type"));
    if (!type.isUndefined()) {
        fields.type = payi::limitTypeFromName(type.toString());
        if (!fields.type)
            return invalidField(QStringLiteral("\"limit_type\" must be \"block\" or \"allow\""));
    }
    const QJsonValue threshold = body.value(QStringLiteral("threshold"));
    if (!threshold.isUndefined()) {
        const QString text =
            threshold.isDouble() ? QString::number(threshold.toDouble(), 'g', 15) : threshold.toString();
        const base::Result<int> percent = threshold.isDouble() || threshold.isString()
                                              ? payi::parseThreshold(text)
                                              : base::Result<int>(base::Error{QStringLiteral("invalid_threshold"), {}});
        if (!percent)
            return invalidField(QStringLiteral("\"threshold\" must be 0.75 to 0.99, or 1.0"));
        fields.thresholdPercent = *percent;
    }
    return fields;
}

} // namespace

base::Result<QString> readDocumentText(const QByteArray &body, const QString &field)
{
    const base::Result<QJsonObject> object = base::readJsonObject(body);
    if (!object)
        return object.error();
    return requireString(*object, field);
}

base::Result<payi::LimitSpec> readLimitSpec(const QByteArray &body)
{
    const base::Result<QJsonObject> object = base::readJsonObject(body);
    if (!object)
        return object.error();
    const base::Result<QString> name = requireString(*object, QStringLiteral("limit_name"));
    if (!name)
        return name.error();
    const base::Result<payi::LimitEdit> fields = readLimitFields(*object);
    if (!fields)
        return fields.error();
    if (!fields->max)
        return base::Error{QStringLiteral("missing_field"), MaxFormat};
    const payi::LimitSpec spec = fields->appliedTo(payi::LimitSpec{{}, {}, payi::LimitType::Allow, 100});
    if (const std::optional<base::Error> invalid = spec.validate())
        return invalidField(invalid->message);
    return spec;
}

base::Result<payi::LimitEdit> readLimitEdit(const QByteArray &body)
{
    const base::Result<QJsonObject> object = base::readJsonObject(body);
    if (!object)
        return object.error();
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (!EditableLimitFields.contains(it.key()))
            return invalidField(
                QStringLiteral("a limit's limit_name, max, limit_type and threshold can be changed; \"%1\" cannot")
                    .arg(it.key().left(40)));
    }
    const base::Result<payi::LimitEdit> edit = readLimitFields(*object);
    if (!edit)
        return edit.error();
    if (edit->isEmpty())
        return base::Error{QStringLiteral("missing_field"),
                           QStringLiteral("give at least one of limit_name, max, limit_type, threshold")};
    return edit;
}

base::Result<InstrumentationChange> readInstrumentationChange(const QByteArray &body)
{
    const base::Result<QJsonObject> object = base::readJsonObject(body);
    if (!object)
        return object.error();
    const QJsonValue modeValue = object->value(QStringLiteral("mode"));
    const QJsonValue contextValue = object->value(QStringLiteral("global_context"));
    if (modeValue.isUndefined() && contextValue.isUndefined())
        return base::Error{QStringLiteral("missing_field"), QStringLiteral("give \"mode\" and/or \"global_context\"")};
    InstrumentationChange change;
    if (!modeValue.isUndefined()) {
        change.mode = modeFromName(modeValue.toString());
        if (!change.mode)
            return invalidField(QStringLiteral("\"mode\" must be \"scoped\" or \"global\""));
    }
    if (contextValue.isUndefined())
        return change;
    if (!contextValue.isObject())
        return invalidField(QStringLiteral("\"global_context\" must be an object"));
    payi::Params &global = change.globalContext;
    const QJsonObject c = contextValue.toObject();
    for (auto it = c.begin(); it != c.end(); ++it) {
        const QString key = it.key();
        std::optional<QString> *slot = key == QLatin1String("use_case_name")  ? &global.useCaseName
                                       : key == QLatin1String("use_case_id")  ? &global.useCaseId
                                       : key == QLatin1String("user_id")      ? &global.userId
                                       : key == QLatin1String("account_name") ? &global.accountName
                                                                              : nullptr;
        if (key == QLatin1String("limit_ids") && it.value().isArray()) {
            QStringList ids;
            for (const QJsonValue &id : it.value().toArray())
                ids.append(id.toString());
            global.limitIds = ids;
            continue;
        }
        if (!slot || !it.value().isString())
            return invalidField(
                QStringLiteral("global_context takes use_case_name, use_case_id, user_id, account_name (strings) "
                               "and limit_ids (a list); \"%1\" is not one of them")
                    .arg(key.left(40)));
        *slot = it.value().toString();
    }
    return change;
}

net::HttpResponse errorResponse(int status, const base::Error &error)
{
    return net::HttpResponse::error(status, error.code, error.message);
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

void writeTracking(base::JsonWriter &json, const payi::CallEvent &event)
{
    const payi::Attribution &a = event.attribution;
    json.open('{');
    json.key(u"cost").open('{');
    json.key(u"currency").item(u"usd");
    json.key(u"input").item(event.cost.input.toString());
    json.key(u"output").item(event.cost.output.toString());
    json.key(u"total").item(event.cost.total.toString());
    json.close('}');
    json.key(u"limit_ids").open('[');
    for (const QString &id : a.limitIds)
        json.item(id);
    json.close(']');
    json.key(u"limits").open('{');
    for (auto it = event.limits.cbegin(); it != event.limits.cend(); ++it)
        json.key(it.key()).item(payi::limitStateName(it.value()));
    json.close('}');
    json.key(u"request_id").item(event.requestId);
    json.key(u"use_case_id").item(a.useCaseId);
    json.key(u"use_case_name").item(a.useCaseName);
    json.key(u"user_id").item(a.userId);
    json.close('}');
}

QJsonObject trackingJson(const payi::CallEvent &event)
{
    base::JsonWriter json;
    writeTracking(json, event);
    return QJsonDocument::fromJson(json.take()).object();
}

net::HttpResponse documentAnswer(int status, const QString &documentId, const QString &content,
                                 const payi::CallEvent &event)
{
    base::JsonWriter json;
    json.open('{');
    json.key(u"content").item(content);
    json.key(u"document_id").item(documentId);
    writeTracking(json.key(u"tracking"), event);
    json.close('}');
    return net::HttpResponse::text(status, json.take(), QByteArrayLiteral("application/json"));
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
    o.insert(QStringLiteral("failure"),
             e.failed ? QJsonValue(QJsonObject{{QStringLiteral("kind"), e.failureKind},
                                               {QStringLiteral("description"), e.failureDescription}})
                      : QJsonValue());
    o.insert(QStringLiteral("blocked_limit_ids"), QJsonArray::fromStringList(e.blockedLimitIds));
    o.insert(QStringLiteral("attribution"), e.attribution.toJson());
    o.insert(QStringLiteral("price"), QJsonObject{{QStringLiteral("table_version"), e.price.tableVersion},
                                                  {QStringLiteral("resource"), e.price.resource},
                                                  {QStringLiteral("unknown_resource"), e.price.unknownResource}});
    return o;
}

} // namespace webapp::api
