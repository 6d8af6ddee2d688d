#pragma once

#include "net/HttpHeaders.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <http_parser.h>

#include <chrono>
#include <memory>
#include <optional>

class QTimer;

namespace net {
class TcpStream;
}

namespace net {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

class ConnectionLink;
class HttpServer;

// One client connection, internal to HttpServer: reads and parses requests, hands them to the
// server one at a time and writes the answers. Responder and SseWriter reach it only through
// its ConnectionLink.
//
// Pipelining: parsing pauses when a request is complete and resumes once it is answered, so
// handlers see one request per connection at a time and answers go out in request order
// without a reorder queue. Unparsed bytes wait in a buffer that is bounded, then in the kernel,
// so a client that pipelines without reading is held back by TCP flow control, not by our memory.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(TcpStream *socket, quint64 connectionId, HttpServer *server);
    ~HttpConnection() override;

    // Called by Exchange on this object's thread; calls for a finished exchange are ignored.
    void deliver(quint64 exchangeId, const HttpResponse &response);
    void beginStream(quint64 exchangeId, const HttpHeaders &headers);
    void writeStream(quint64 exchangeId, const QByteArray &payload);
    void endStream(quint64 exchangeId);

    // Called by the server's sweep: acts on the time-out of the current state once `now`
    // (on the server's clock) has passed its deadline.
    void checkDeadline(qint64 now);

private:
    enum class State {
        Idle,           // between requests; the idle time-out runs
        Reading,        // a request has begun to arrive; the request time-out runs
        AwaitingAnswer, // a handler holds the request; parsing is paused
        Streaming,      // an event stream is open; parsing is paused
        Closing,        // the final bytes are being flushed
    };
    struct Rejection
    {
        int status;
        QString code;
        QString message;
    };

    static const http_parser_settings &parserSettings();
    static HttpConnection &of(http_parser *parser);
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

    void onReadyRead();
    void onDisconnected();
    void onTimeout();
    void processInput();
    void dispatch();
    void finishExchange();
    void reject(const Rejection &rejection);
    void writeResponse(const HttpResponse &response);
    QByteArray statusAndHeaders(int status, const HttpHeaders &headers) const;
    QByteArray connectionField() const;
    void becomeIdle();
    void armTimer(std::chrono::milliseconds timeout);
    void closeConnection();

    HttpServer *m_server;
    TcpStream *m_socket;
    qint64 m_deadline = -1; // on the server's clock; -1: no time-out runs
    std::shared_ptr<ConnectionLink> m_link;
    const quint64 m_connectionId;
    http_parser m_parser;
    QByteArray m_unparsed;
    State m_state = State::Idle;
    bool m_inProcessInput = false;
    quint64 m_exchangeId = 0;
    bool m_keepAlive = true;
    bool m_headRequest = false;
    bool m_http10 = false;
    bool m_chunkedStream = false;

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
