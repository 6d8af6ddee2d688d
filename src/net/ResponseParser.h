#pragma once

#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QLatin1String>

#include <http_parser.h>

namespace net {

// Reads the response to one request at a time from a client connection's bytes, with
// http-parser: bodies framed by Content-Length, chunked, or running until the connection
// closes. It stops at the response's end; bytes beyond it mean the connection cannot carry
// another exchange.
class ResponseParser
{
public:
    ResponseParser();
    ResponseParser(const ResponseParser &) = delete;
    ResponseParser &operator=(const ResponseParser &) = delete;

    // Starts on the response to the next request.
    void restart();
    // Parses the next bytes of the response; false when they are not an HTTP/1.1 response
    // (errorDescription() says how). The body bytes among them wait in takeBody().
    bool feed(const char *data, qsizetype size);
    // The connection has closed: ends a body that runs until the close.
    void finish();
    // The body bytes of the last feed().
    QByteArray takeBody();

    bool headersDone() const { return m_headersDone; }
    bool isComplete() const { return m_complete; }
    // Once the headers are done.
    int status() const { return int(m_parser.status_code); }
    // The response's header fields, once the headers are done (values trimmed).
    const HttpHeaders &headers() const { return m_headers; }
    // Once complete: nothing came after the response and the server keeps the connection open.
    bool leavesConnectionReusable() const;
    QLatin1String errorDescription() const;

private:
    static const http_parser_settings &settings();
    static ResponseParser &of(http_parser *parser);

    http_parser m_parser{};
    bool m_headersDone = false;
    bool m_complete = false;
    bool m_trailing = false; // bytes beyond the response: the connection cannot serve another
    QByteArray m_body;       // body bytes of the last feed, handed on after parsing
    HttpHeaders m_headers;
    // The field being read: its name and value may come in several pieces.
    QByteArray m_fieldName;
    QByteArray m_fieldValue;
    bool m_inValue = false;
    void takeField();
};

} // namespace net
