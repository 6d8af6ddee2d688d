#pragma once

#include "net/HttpHeaders.h"
#include "net/HttpRequest.h"

#include <QByteArray>
#include <QString>

#include <http_parser.h>

#include <optional>

namespace net {

struct HttpLimits;

// Reads the requests of one connection, one at a time, with http-parser, and holds each to
// the server's limits: a body, header section or header count over its limit, a malformed
// header field or request target is refused as soon as it is seen, before the excess is read.
// Parsing pauses after each complete request; the bytes behind it wait for the next parse().
class RequestParser
{
public:
    // What one parse() came to.
    enum class Progress {
        Incomplete, // every byte was taken; a request, if one has begun, needs more
        Complete,   // a request is whole (takeRequest()); the bytes behind it are left
        Refused,    // the bytes cannot be served (rejection()); the connection must close
    };
    // The answer to a refused request.
    struct Rejection
    {
        int status;
        QString code;
        QString message;
        QByteArray rawPath = {}; // of the refused request, when its target was read
    };

    // `limits` are read as each request is parsed; they must outlive the parser.
    explicit RequestParser(const HttpLimits &limits);
    RequestParser(const RequestParser &) = delete;
    RequestParser &operator=(const RequestParser &) = delete;

    // Parses `input` from its start and removes what it took.
    Progress parse(QByteArray &input);
    // After Refused: why.
    const Rejection &rejection() const { return *m_rejection; }
    // True while a request has begun to arrive and is not yet whole.
    bool isInsideRequest() const { return m_insideRequest; }
    // True once for each request whose client waits for "100 Continue" before it sends the
    // body; the server says it before it answers or refuses the request.
    bool takeContinueDue();

    // After Complete: the request, without its ids and remote address, which the connection
    // knows. The parser goes on with the next one.
    HttpRequest takeRequest();
    // Of the request whose header section came last.
    bool keepAlive() const { return m_keepAlive; }
    bool isHeadRequest() const { return m_headRequest; }
    bool isHttp10() const { return m_http10; }

private:
    static const http_parser_settings &parserSettings();
    static RequestParser &of(http_parser *parser);
    static int onMessageBegin(http_parser *parser);
    static int onUrl(http_parser *parser, const char *at, size_t length);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);

    bool countHeaderBytes(qint64 bytes);
    bool storeHeaderField();
    bool takeRequestTarget();

    const HttpLimits &m_limits;
    http_parser m_parser;
    bool m_insideRequest = false;
    bool m_continueDue = false;
    bool m_keepAlive = true;
    bool m_headRequest = false;
    bool m_http10 = false;

    // The request being parsed.
    HttpRequest m_request;
    HttpHeaders m_headers;
    QByteArray m_url;
    QByteArray m_field;
    QByteArray m_value;
    QByteArray m_body;
    bool m_inValue = false;
    qint64 m_headerBytes = 0;
    int m_headerCount = 0;
    std::optional<Rejection> m_rejection;
};

} // namespace net
