#pragma once

#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace net {

// A complete HTTP response: status, header fields and body. The server adds the framing
// fields itself (Content-Length, Connection, Transfer-Encoding) and ignores any the handler
// sets, so a handler cannot break the connection's framing.
class HttpResponse
{
public:
    explicit HttpResponse(int status = 200);

    // `value` serialised as compact JSON, Content-Type application/json.
    static HttpResponse json(int status, const QJsonValue &value);
    // The API's error shape {"error": {"code": code, "message": message}}. The message goes to
    // the client verbatim: never put a request body (or other client data) in it.
    static HttpResponse error(int status, const QString &code, const QString &message);
    static HttpResponse text(int status, const QByteArray &body,
                             const QByteArray &contentType = QByteArrayLiteral("text/plain; charset=utf-8"));

    int status() const { return m_status; }
    void setStatus(int status) { m_status = status; }

    HttpHeaders &headers() { return m_headers; }
    const HttpHeaders &headers() const { return m_headers; }
    void setHeader(const QByteArray &name, const QByteArray &value) { m_headers.set(name, value); }

    const QByteArray &body() const { return m_body; }
    void setBody(const QByteArray &body) { m_body = body; }

private:
    int m_status;
    HttpHeaders m_headers;
    QByteArray m_body;
};

} // namespace net
