#pragma once

#include "net/ConnectionHost.h"
#include "net/HttpLimits.h"
#include "net/HttpRequest.h"
#include "net/Responder.h"
#include "net/Router.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

class QTimer;

namespace net {

// A small asynchronous HTTP/1.1 server: QTcpServer to listen, a TcpStream for
// each connection, http-parser for the parsing. One event-loop thread serves every connection; handlers answer through
// a Responder, at once or later, so thousands of requests can wait on slow work without a thread each.
//
// It lives on the thread it was created on or moved to: call its functions there (the
// counters may be read from any thread). What it guarantees on every connection:
// - keep-alive with an idle time-out, `Connection: close` and HTTP/1.0 honoured;
// - pipelined requests answered strictly in order;
// - body, header-size and header-count limits refused with 413 / 431 before the excess is read;
// - a request that stalls half-sent gets 408; malformed HTTP gets 400; both close;
// - unknown path 404, known path with another method 405 with `Allow`, missing or wrong
//   bearer token 401; error bodies are {"error": {"code", "message"}} and never echo the body.
// Each connection is an HttpConnection, whose ConnectionHost the server is.
class HttpServer : public QObject, public ConnectionHost
{
    Q_OBJECT

public:
    struct ListenError
    {
        QAbstractSocket::SocketError code;
        QString message; // says what failed and where, e.g. the address and port in use
    };

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Starts accepting connections. Port 0 picks a free port (see serverPort()).
    // Returns the reason on failure, std::nullopt on success.
    [[nodiscard]] std::optional<ListenError> listen(const QHostAddress &address, quint16 port);
    // The same, on a port other servers of this process may listen on as well (SO_REUSEPORT):
    // the kernel spreads new connections among them, each server on its own thread.
    [[nodiscard]] std::optional<ListenError> listenShared(const QHostAddress &address, quint16 port);
    // Stops accepting; connections already open are served until they close.
    void close();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    // Registers `handler` for `method` on `pattern` (see Router). False, with a warning, when
    // the pattern is malformed or already registered for that method.
    bool addRoute(const QByteArray &method, const QString &pattern, RouteHandler handler,
                  RouteAccess access = RouteAccess::TokenRequired);

    // When non-empty, every route not registered as RouteAccess::Public needs
    // `Authorization: Bearer <token>`; the comparison takes the same time wherever it differs.
    void setBearerToken(const QByteArray &token);

    // How the paths under a prefix differ from the server's defaults, for an API that speaks
    // another service's dialect (Pay-i's /api/v1/): the body of the errors the server and its
    // connections write themselves (401, 404, 405, 413, ...), and a header that may carry the
    // bearer token instead of `Authorization`. The prefix is compared with the raw path.
    struct PathConventions
    {
        std::function<HttpResponse(int status, const QString &code, const QString &message)> errorBody;
        QByteArray tokenHeader; // empty: only `Authorization: Bearer`
    };
    void setPathConventions(const QByteArray &prefix, PathConventions conventions);

    // Limits, read when each request is parsed. Defaults: 1 MiB body, 16 KiB of request line
    // and headers, 100 header fields.
    void setMaxBodySize(qint64 bytes);
    qint64 maxBodySize() const { return m_limits.maxBodySize; }
    void setMaxHeaderSize(qint64 bytes);
    qint64 maxHeaderSize() const { return m_limits.maxHeaderSize; }
    void setMaxHeaderCount(int count);
    int maxHeaderCount() const { return m_limits.maxHeaderCount; }

    // How long a connection may sit between requests before it is closed (default 30 s), and
    // how long one request may take to arrive once its first byte has (default 10 s; then 408).
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const { return m_limits.idleTimeout; }
    void setRequestTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds requestTimeout() const { return m_limits.requestTimeout; }

    // Requests handed to a handler and not yet fully answered (open streams count).
    qint64 requestsInFlight() const { return m_requestsInFlight.load(); }
    qint64 openConnections() const { return m_openConnections.load(); }
    // Requests received whole since the server was created, whatever their answer.
    qint64 totalRequests() const { return m_totalRequests.load(); }

private:
    // ConnectionHost, for the server's connections.
    const HttpLimits &limits() const override { return m_limits; }
    qint64 now() const override { return m_clock.elapsed(); }
    quint64 requestStarted() override;
    void dispatch(HttpRequest request, const Responder &responder) override;
    HttpResponse errorResponse(QByteArrayView rawPath, int status, const QString &code,
                               const QString &message) const override;
    void requestFinished() override;
    void connectionClosed() override;

    void acceptConnection(int descriptor);
    bool isAuthorized(const HttpRequest &request) const;
    bool tokenMatches(QByteArrayView presented) const;
    const PathConventions *conventionsFor(QByteArrayView rawPath) const;
    void restartSweep();
    void sweep();

    class Listener;
    Listener *m_tcpServer;
    // One timer finds the connections past their deadline (noticed up to an eighth of the
    // time-out late): a timer per connection, re-armed for every request, costs Qt's timer
    // list a linear search per re-arm with thousands of connections open.
    QElapsedTimer m_clock;
    QTimer *m_sweep;
    Router m_router;
    QByteArray m_bearerTokenDigest; // SHA-256 of the token; empty when none is required
    QList<QPair<QByteArray, PathConventions>> m_conventions;
    HttpLimits m_limits;
    quint64 m_nextConnectionId = 0;
    quint64 m_nextRequestId = 0;
    std::atomic<qint64> m_requestsInFlight{0};
    std::atomic<qint64> m_openConnections{0};
    std::atomic<qint64> m_totalRequests{0};
};

} // namespace net
