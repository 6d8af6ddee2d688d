#pragma once

#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

namespace net {

// One HTTP request as the server received it. A value type: every member is implicitly shared,
// so a handler that answers later can copy the request cheaply.
class HttpRequest
{
public:
    // Upper-case method name as sent, e.g. "GET".
    const QByteArray &method() const { return m_method; }
    void setMethod(const QByteArray &method) { m_method = method; }

    // The request target's path, percent-encoded as sent. Routing splits it on '/' before
    // decoding, so an encoded "%2F" stays inside one segment.
    const QByteArray &rawPath() const { return m_rawPath; }
    // The path with percent-encoding decoded, for display and logging.
    QString path() const;
    void setRawPath(const QByteArray &rawPath) { m_rawPath = rawPath; }

    const QUrlQuery &query() const { return m_query; }
    void setQuery(const QUrlQuery &query) { m_query = query; }

    // Values of the route pattern's {name} segments, percent-decoded.
    QString pathParameter(const QString &name) const { return m_pathParameters.value(name); }
    const QHash<QString, QString> &pathParameters() const { return m_pathParameters; }
    void setPathParameters(const QHash<QString, QString> &parameters) { m_pathParameters = parameters; }

    // Header lookups ignore case: header("content-type") finds "Content-Type".
    QByteArray header(QByteArrayView name) const { return m_headers.value(name); }
    const HttpHeaders &headers() const { return m_headers; }
    void setHeaders(const HttpHeaders &headers) { m_headers = headers; }

    const QByteArray &body() const { return m_body; }
    void setBody(const QByteArray &body) { m_body = body; }

    // HTTP version as sent: 1.0 or 1.1.
    int httpMajor() const { return m_httpMajor; }
    int httpMinor() const { return m_httpMinor; }
    void setHttpVersion(int major, int minor);

    const QHostAddress &remoteAddress() const { return m_remoteAddress; }
    void setRemoteAddress(const QHostAddress &address) { m_remoteAddress = address; }

    // Identifiers unique within one HttpServer: the connection the request came on, and the
    // request itself (numbered from 1 in arrival order across all connections).
    quint64 connectionId() const { return m_connectionId; }
    quint64 requestId() const { return m_requestId; }
    void setIds(quint64 connectionId, quint64 requestId);

private:
    QByteArray m_method;
    QByteArray m_rawPath;
    QUrlQuery m_query;
    QHash<QString, QString> m_pathParameters;
    HttpHeaders m_headers;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
    quint64 m_connectionId = 0;
    quint64 m_requestId = 0;
    int m_httpMajor = 1;
    int m_httpMinor = 1;
};

} // namespace net
