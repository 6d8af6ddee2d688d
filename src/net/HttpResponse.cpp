#include "net/HttpResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace net {

HttpResponse::HttpResponse(int status) : m_status(status) {}

HttpResponse HttpResponse::json(int status, const QJsonValue &value)
{
    HttpResponse response(status);
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    if (value.isObject()) {
        response.setBody(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    } else if (value.isArray()) {
        response.setBody(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    } else {
        // QJsonDocument holds only objects and arrays: serialise "[value]" and strip the brackets.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        response.setBody(wrapped.mid(1, wrapped.size() - 2));
    }
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return json(status, QJsonObject{{QStringLiteral("error"), error}});
}

HttpResponse HttpResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse response(status);
    response.setHeader(QByteArrayLiteral("Content-Type"), contentType);
    response.setBody(body);
    return response;
}

} // namespace net
