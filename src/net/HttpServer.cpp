#include "net/HttpServer.h"

#include "net/HttpConnection.h"
#include "net/HttpLog.h"
#include "net/TcpStream.h"

#include <QCryptographicHash>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace net {

namespace {

// Qt's default backlog of 50 drops a burst of connections, and each dropped client waits a
// second before its SYN is retried.
constexpr int ListenBacklog = 4096;

QByteArray tokenDigest(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QString describeAddress(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace

// Listens through QTcpServer (binding, its errors), but accepts on its own: at most
// AcceptsPerTurn connections a loop turn, each handed on as a bare non-blocking descriptor.
// QTcpServer accepts until the backlog is empty: under a burst of 2,000 connects the first
// request was read 30 ms after it arrived, while the threads that call the model had nothing
// to do.
class HttpServer::Listener final : public QTcpServer
{
public:
    static constexpr int AcceptsPerTurn = 32;

    explicit Listener(HttpServer *server) : QTcpServer(server), m_server(server) {}
    ~Listener() override { stopAccepting(); }

    void startAccepting()
    {
        pauseAccepting(); // QTcpServer's own notifier: this one takes its place
        m_notifier = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &Listener::acceptSome);
    }
    void stopAccepting()
    {
        delete m_notifier;
        m_notifier = nullptr;
    }

private:
    void acceptSome()
    {
        for (int i = 0; i < AcceptsPerTurn; ++i) {
            const int fd = ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd >= 0) {
                m_starved = false;
                m_server->acceptConnection(fd);
                continue;
            }
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                // Out of descriptors or memory: the backlog waits (the clients' connects
                // with it) until some close, instead of spinning on a listener that stays
                // readable. Said once until a connection is accepted again.
                if (!std::exchange(m_starved, true))
                    qCWarning(lcHttp, "cannot accept a connection: %s", std::strerror(errno));
                m_notifier->setEnabled(false);
                QTimer::singleShot(RetryAcceptMs, this, [this] {
                    if (m_notifier)
                        m_notifier->setEnabled(true);
                });
            }
            return;
        }
    }

    static constexpr int RetryAcceptMs = 100;
    HttpServer *m_server;
    QSocketNotifier *m_notifier = nullptr;
    bool m_starved = false;
};

HttpServer::HttpServer(QObject *parent) : QObject(parent), m_tcpServer(new Listener(this)), m_sweep(new QTimer(this))
{
    m_tcpServer->setListenBacklogSize(ListenBacklog);
    m_clock.start();
    connect(m_sweep, &QTimer::timeout, this, &HttpServer::sweep);
    restartSweep();
}

HttpServer::~HttpServer()
{
    // Connections report to this object's counters as they go: destroy them while it is whole.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
}

std::optional<HttpServer::ListenError> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_tcpServer->isListening()) {
        return ListenError{QAbstractSocket::OperationError,
                           QStringLiteral("cannot listen on %1: already listening on %2")
                               .arg(describeAddress(address, port), describeAddress(serverAddress(), serverPort()))};
    }
    if (!m_tcpServer->listen(address, port)) {
        return ListenError{
            m_tcpServer->serverError(),
            QStringLiteral("cannot listen on %1: %2").arg(describeAddress(address, port), m_tcpServer->errorString())};
    }
    m_tcpServer->startAccepting();
    return std::nullopt;
}

std::optional<HttpServer::ListenError> HttpServer::listenShared(const QHostAddress &address, quint16 port)
{
    if (m_tcpServer->isListening())
        return listen(address, port); // the same refusal
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        length = sizeof *in6;
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof *in4;
    }
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int on = 1;
    const bool ok = fd >= 0 && ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) == 0
                    && ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) == 0
                    && ::bind(fd, reinterpret_cast<const sockaddr *>(&storage), length) == 0
                    && ::listen(fd, ListenBacklog) == 0;
    if (!ok) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return ListenError{QAbstractSocket::AddressInUseError,
                           QStringLiteral("cannot listen on %1: %2").arg(describeAddress(address, port), reason)};
    }
    if (!m_tcpServer->setSocketDescriptor(fd)) {
        ::close(fd);
        return ListenError{
            m_tcpServer->serverError(),
            QStringLiteral("cannot listen on %1: %2").arg(describeAddress(address, port), m_tcpServer->errorString())};
    }
    m_tcpServer->startAccepting();
    return std::nullopt;
}

void HttpServer::close()
{
    m_tcpServer->stopAccepting();
    m_tcpServer->close();
}

bool HttpServer::isListening() const
{
    return m_tcpServer->isListening();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_tcpServer->serverAddress();
}

quint16 HttpServer::serverPort() const
{
    return m_tcpServer->serverPort();
}

bool HttpServer::addRoute(const QByteArray &method, const QString &pattern, RouteHandler handler, RouteAccess access)
{
    if (m_router.add(method, pattern, std::move(handler), access))
        return true;
    qCWarning(lcHttp) << "route not added, malformed or already registered:" << method << pattern;
    return false;
}

void HttpServer::setBearerToken(const QByteArray &token)
{
    m_bearerTokenDigest = token.isEmpty() ? QByteArray() : tokenDigest(token);
}

void HttpServer::setPathConventions(const QByteArray &prefix, PathConventions conventions)
{
    m_conventions.append({prefix, std::move(conventions)});
}

const HttpServer::PathConventions *HttpServer::conventionsFor(QByteArrayView rawPath) const
{
    for (const auto &[prefix, conventions] : m_conventions) {
        if (!prefix.isEmpty() && rawPath.startsWith(prefix))
            return &conventions;
    }
    return nullptr;
}

HttpResponse HttpServer::errorResponse(QByteArrayView rawPath, int status, const QString &code,
                                       const QString &message) const
{
    const PathConventions *conventions = conventionsFor(rawPath);
    return conventions && conventions->errorBody ? conventions->errorBody(status, code, message)
                                                 : HttpResponse::error(status, code, message);
}

void HttpServer::setMaxBodySize(qint64 bytes)
{
    m_limits.maxBodySize = qMax<qint64>(0, bytes);
}

void HttpServer::setMaxHeaderSize(qint64 bytes)
{
    m_limits.maxHeaderSize = qMax<qint64>(0, bytes);
}

void HttpServer::setMaxHeaderCount(int count)
{
    m_limits.maxHeaderCount = qMax(0, count);
}

void HttpServer::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_limits.idleTimeout = timeout;
    restartSweep();
}

void HttpServer::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_limits.requestTimeout = timeout;
    restartSweep();
}

void HttpServer::restartSweep()
{
    m_sweep->start(qMax<qint64>(1, std::min(m_limits.idleTimeout, m_limits.requestTimeout).count() / 8));
}

// Time-outs close connections later (deleteLater), so the list stays valid throughout.
void HttpServer::sweep()
{
    const qint64 at = now();
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        connection->checkDeadline(at);
}

void HttpServer::acceptConnection(int descriptor)
{
    // An event stream is written event by event, small writes in a row: under Nagle's
    // algorithm each waits for the client to acknowledge the one before, and a client with
    // nothing to send holds its acknowledgement 40 ms. A keep-alive connection's second
    // stream took 40 ms longer than its first (the first is acknowledged at once).
    const int one = 1;
    ::setsockopt(descriptor, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ++m_openConnections;
    new HttpConnection(new TcpStream(descriptor), ++m_nextConnectionId, *this, this);
}

void HttpServer::dispatch(HttpRequest request, const Responder &responder)
{
    Router::Match match = m_router.match(request.method(), request.rawPath());
    switch (match.outcome) {
    case Router::Match::Outcome::NotFound:
        responder.send(errorResponse(request.rawPath(), 404, QStringLiteral("not_found"),
                                     QStringLiteral("no route matches this path")));
        return;
    case Router::Match::Outcome::MethodNotAllowed: {
        const QByteArray allowed = match.allowedMethods.join(", ");
        HttpResponse response = errorResponse(request.rawPath(), 405, QStringLiteral("method_not_allowed"),
                                              QStringLiteral("this path allows %1").arg(QLatin1String(allowed)));
        response.setHeader(QByteArrayLiteral("Allow"), allowed);
        responder.send(response);
        return;
    }
    case Router::Match::Outcome::Found:
        break;
    }
    if (match.access == RouteAccess::TokenRequired && !isAuthorized(request)) {
        HttpResponse response = errorResponse(request.rawPath(), 401, QStringLiteral("unauthorized"),
                                              QStringLiteral("a valid bearer token is required"));
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
        responder.send(response);
        return;
    }
    request.setPathParameters(match.parameters);
    try {
        match.handler(request, responder);
    } catch (...) {
        // Nothing may unwind into Qt's event loop; the client still gets its answer.
        qCCritical(lcHttp) << "request handler threw for" << request.method() << request.path();
        responder.send(errorResponse(request.rawPath(), 500, QStringLiteral("internal_error"),
                                     QStringLiteral("the request handler failed")));
    }
}

bool HttpServer::isAuthorized(const HttpRequest &request) const
{
    if (m_bearerTokenDigest.isEmpty())
        return true;
    const QByteArray authorization = request.header("Authorization").trimmed();
    constexpr QByteArrayView scheme("Bearer ");
    if (authorization.size() >= scheme.size()
        && QByteArrayView(authorization).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0
        && tokenMatches(QByteArrayView(authorization).sliced(scheme.size()).trimmed())) {
        return true;
    }
    const PathConventions *conventions = conventionsFor(request.rawPath());
    return conventions && !conventions->tokenHeader.isEmpty() && request.headers().contains(conventions->tokenHeader)
           && tokenMatches(request.header(conventions->tokenHeader).trimmed());
}

bool HttpServer::tokenMatches(QByteArrayView presented) const
{
    // Comparing digests takes the same time wherever the tokens differ, whatever their lengths.
    const QByteArray digest = tokenDigest(presented);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < digest.size(); ++i)
        difference |= static_cast<unsigned char>(digest[i] ^ m_bearerTokenDigest[i]);
    return difference == 0;
}

quint64 HttpServer::requestStarted()
{
    ++m_requestsInFlight;
    ++m_totalRequests;
    return ++m_nextRequestId;
}

void HttpServer::requestFinished()
{
    --m_requestsInFlight;
}

void HttpServer::connectionClosed()
{
    --m_openConnections;
}

} // namespace net
