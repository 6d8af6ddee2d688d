#include "webapp/LimitJson.h"

#include "base/JsonText.h"
#include "webapp/ApiJson.h"

namespace webapp::api {

namespace {

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

} // namespace webapp::api
