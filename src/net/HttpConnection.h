#pragma once

#include "net/RequestParser.h"
#include "net/ResponseSink.h"

#include <QByteArray>
#include <QObject>

#include <chrono>
#include <memory>

namespace net {

class ConnectionHost;
class ConnectionLink;
class TcpStream;

// One client connection of a server (its ConnectionHost): reads requests with a
// RequestParser, hands them to the host one at a time and writes the answers. Responder and
// SseWriter reach it only through its ConnectionLink, as a ResponseSink.
//
// Pipelining: parsing pauses when a request is complete and resumes once it is answered, so
// handlers see one request per connection at a time and answers go out in request order
// without a reorder queue. Unparsed bytes wait in a buffer that is bounded, then in the kernel,
// so a client that pipelines without reading is held back by TCP flow control, not by our memory.
class HttpConnection : public ResponseSink
{
    Q_OBJECT

public:
    // Takes `socket`. `host` must outlive the connection; `parent` is the host's QObject side,
    // which destroys its connections before the host is gone.
    HttpConnection(TcpStream *socket, quint64 connectionId, ConnectionHost &host, QObject *parent);
    ~HttpConnection() override;

    // Called by Exchange on this object's thread; calls for a finished exchange are ignored.
    void deliver(quint64 exchangeId, const HttpResponse &response) override;
    void beginStream(quint64 exchangeId, const HttpHeaders &headers) override;
    void writeStream(quint64 exchangeId, const QByteArray &payload) override;
    void endStream(quint64 exchangeId) override;

    // Called by the server's sweep: acts on the time-out of the current state once `now`
    // (on the host's clock) has passed its deadline.
    void checkDeadline(qint64 now);

private:
    enum class State {
        Idle,           // between requests; the idle time-out runs
        Reading,        // a request has begun to arrive; the request time-out runs
        AwaitingAnswer, // a handler holds the request; parsing is paused
        Streaming,      // an event stream is open; parsing is paused
        Closing,        // the final bytes are being flushed
    };

    void onReadyRead();
    void onDisconnected();
    void onTimeout();
    void processInput();
    void dispatch();
    void finishExchange();
    void reject(const RequestParser::Rejection &rejection);
    void writeResponse(const HttpResponse &response);
    QByteArray statusAndHeaders(int status, const HttpHeaders &headers) const;
    QByteArray connectionField() const;
    void becomeIdle();
    void armTimer(std::chrono::milliseconds timeout);
    void closeConnection();

    ConnectionHost &m_host;
    TcpStream *m_socket;
    qint64 m_deadline = -1; // on the host's clock; -1: no time-out runs
    std::shared_ptr<ConnectionLink> m_link;
    const quint64 m_connectionId;
    RequestParser m_parser;
    QByteArray m_unparsed;
    State m_state = State::Idle;
    bool m_inProcessInput = false;
    quint64 m_exchangeId = 0;
    // Of the request being answered.
    bool m_keepAlive = true;
    bool m_headRequest = false;
    bool m_http10 = false;
    bool m_chunkedStream = false;
};

} // namespace net
