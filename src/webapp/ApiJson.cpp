#include "webapp/ApiJson.h"

namespace webapp::api {

net::HttpResponse errorResponse(int status, const base::Error &error)
{
    return net::HttpResponse::error(status, error.code, error.message);
}

base::Error invalidField(const QString &message)
{
    return base::Error{QStringLiteral("invalid_field"), message};
}

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

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace webapp::api
