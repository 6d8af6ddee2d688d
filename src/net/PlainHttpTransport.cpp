#include "net/PlainHttpTransport.h"

#include "net/TcpStream.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QSocketNotifier>

#include <http_parser.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace net {

namespace {

// What the parser has seen of the answer in hand.
struct AnswerProgress
{
    bool headersDone = false;
    bool complete = false;
    QByteArray body; // body bytes of the last read, handed on after parsing
};

// A socket whose connection is under way, watched until it is writable; it closes with the
// watch unless taken.
class ConnectUnderWay : public QSocketNotifier
{
public:
    ConnectUnderWay(int fd, QObject *parent) : QSocketNotifier(qintptr(fd), QSocketNotifier::Write, parent), m_fd(fd) {}
    ~ConnectUnderWay() override
    {
        setEnabled(false);
        if (m_fd >= 0)
            ::close(m_fd);
    }
    ConnectUnderWay(const ConnectUnderWay &) = delete;
    ConnectUnderWay &operator=(const ConnectUnderWay &) = delete;

    int take()
    {
        setEnabled(false);
        return std::exchange(m_fd, -1);
    }

private:
    int m_fd;
};

} // namespace

struct PlainHttpTransport::Exchange
{
    ExchangeId id = 0;
    QString host;
    quint16 port = 0;
    QByteArray hostKey;
    QByteArray request;
    Handlers handlers;
    int timeoutMs = 0;
    qint64 lastByteAtMs = 0; // on the transport's clock: when it started, or a byte arrived
    Connection *connection = nullptr;
    bool retried = false;
};

struct PlainHttpTransport::Connection
{
    TcpStream *stream = nullptr;         // once connected
    ConnectUnderWay *underWay = nullptr; // the socket while it connects
    QObject *lookup = nullptr;           // while a host name is looked up; its answer's context
    QList<QHostAddress> addresses;       // the host's addresses not tried yet
    quint16 port = 0;
    quint64 serial = 0; // tells it from a later connection at the same address
    QByteArray hostKey;
    http_parser parser{};
    Exchange *exchange = nullptr;
    bool reused = false;   // it answered an exchange before the current one
    bool received = false; // a byte of the current exchange's answer arrived
    bool trailing = false; // bytes beyond the answer: the connection cannot serve another
    AnswerProgress answer;
};

namespace {

AnswerProgress &progressOf(http_parser *parser)
{
    return *static_cast<AnswerProgress *>(parser->data);
}

const http_parser_settings &responseSettings()
{
    static const http_parser_settings settings = [] {
        http_parser_settings s;
        http_parser_settings_init(&s);
        s.on_headers_complete = [](http_parser *parser) {
            progressOf(parser).headersDone = true;
            return 0;
        };
        s.on_body = [](http_parser *parser, const char *at, size_t length) {
            progressOf(parser).body.append(at, qsizetype(length));
            return 0;
        };
        s.on_message_complete = [](http_parser *parser) {
            progressOf(parser).complete = true;
            // Stop at the answer's end: what follows is not part of it.
            http_parser_pause(parser, 1);
            return 0;
        };
        return s;
    }();
    return settings;
}

// A kept-alive connection the server has closed (or written to unasked) while it sat idle;
// the event loop may not have told us yet. curl checks the same way before reuse.
bool isStale(const TcpStream *stream)
{
    if (!stream || !stream->isOpen())
        return true;
    char byte = 0;
    const ssize_t peeked = ::recv(stream->descriptor(), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return peeked >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
}

// Most of an answer that one read takes; what is left is read at the next loop turn.
constexpr qsizetype MaxReadBytes = 256 * 1024;

QByteArray hostHeader(const QString &host, quint16 port)
{
    QByteArray text = host.contains(QLatin1Char(':')) ? '[' + host.toUtf8() + ']' : host.toUtf8();
    if (port != 80)
        text += ':' + QByteArray::number(port);
    return text;
}

} // namespace

PlainHttpTransport::PlainHttpTransport(QObject *parent) : QObject(parent), m_sweep(this)
{
    m_clock.start();
    connect(&m_sweep, &QTimer::timeout, this, &PlainHttpTransport::sweep);
}

// No handler runs from here: the exchanges' handlers go unanswered, as the owner asked.
PlainHttpTransport::~PlainHttpTransport()
{
    for (const auto &entry : m_connections) {
        if (TcpStream *stream = entry.first->stream) {
            QObject::disconnect(stream, nullptr, this, nullptr);
            stream->abort();
        }
    }
    m_exchanges.clear();
}

PlainHttpTransport::ExchangeId PlainHttpTransport::post(const QString &host, quint16 port, const QByteArray &head,
                                                        const QByteArray &body, int timeoutMs, Handlers handlers)
{
    auto owned = std::make_unique<Exchange>();
    Exchange *exchange = owned.get();
    exchange->id = m_nextId++;
    exchange->host = host;
    exchange->port = port;
    exchange->hostKey = host.toUtf8() + ':' + QByteArray::number(port);
    exchange->request = head + "\r\nHost: " + hostHeader(host, port)
                        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    exchange->handlers = std::move(handlers);
    exchange->timeoutMs = qMax(1, timeoutMs);
    exchange->lastByteAtMs = m_clock.elapsed();
    const ExchangeId id = exchange->id;
    const int sweepMs = qMax(1, exchange->timeoutMs / 8);
    if (!m_sweep.isActive() || sweepMs < m_sweep.interval())
        m_sweep.start(sweepMs);

    m_exchanges.emplace(id, std::move(owned));
    m_waiting.push_back(exchange);
    dispatch();
    return id;
}

void PlainHttpTransport::cancel(ExchangeId id)
{
    const auto found = m_exchanges.find(id);
    if (found == m_exchanges.end())
        return;
    Exchange *exchange = found->second.get();
    if (Connection *connection = exchange->connection) {
        connection->exchange = nullptr;
        close(connection);
    } else {
        m_waiting.erase(std::find(m_waiting.begin(), m_waiting.end(), exchange));
    }
    // cancel() may run inside one of this exchange's own handlers (the client ends a call
    // on a bad stream chunk): the handlers, and what they hold, go at the next loop turn.
    QTimer::singleShot(0, this, [ended = std::shared_ptr<Exchange>(release(id))] {});
    dispatch();
}

void PlainHttpTransport::dispatch()
{
    while (!m_waiting.empty() && assign(m_waiting.front()))
        m_waiting.pop_front();
}

bool PlainHttpTransport::assign(Exchange *exchange)
{
    Connection *connection = exchange->retried ? nullptr : reusableConnection(exchange->hostKey);
    if (!connection) {
        if (int(m_connections.size()) >= m_maxConnections) {
            // Room for a new connection: give up an idle one, to any host.
            const auto spare =
                std::find_if(m_idle.begin(), m_idle.end(), [](const auto &idle) { return !idle.empty(); });
            if (spare == m_idle.end())
                return false;
            close(spare->back());
        }
        connection = openConnection(exchange);
    }
    start(connection, exchange);
    return true;
}

PlainHttpTransport::Connection *PlainHttpTransport::reusableConnection(const QByteArray &hostKey)
{
    const auto idle = m_idle.find(hostKey);
    if (idle == m_idle.end())
        return nullptr;
    while (!idle->empty()) {
        Connection *connection = idle->back();
        idle->pop_back();
        if (!isStale(connection->stream))
            return connection;
        close(connection);
    }
    return nullptr;
}

PlainHttpTransport::Connection *PlainHttpTransport::openConnection(Exchange *exchange)
{
    auto owned = std::make_unique<Connection>();
    Connection *connection = owned.get();
    connection->hostKey = exchange->hostKey;
    connection->port = exchange->port;
    connection->serial = ++m_connectionSerial;
    m_connections.emplace(connection, std::move(owned));
    const QHostAddress address(exchange->host);
    if (!address.isNull()) {
        connection->addresses = {address};
        connectNext(connection);
        return connection;
    }
    // A name: looked up on Qt's lookup thread, answered here unless the connection has gone.
    connection->lookup = new QObject(this);
    QHostInfo::lookupHost(exchange->host, connection->lookup, [this, connection](const QHostInfo &info) {
        connection->lookup->deleteLater();
        connection->lookup = nullptr;
        connection->addresses = info.addresses();
        if (connection->addresses.isEmpty())
            return fail(connection, ExchangeEnd::Kind::Cut, info.errorString());
        connectNext(connection);
    });
    return connection;
}

// On a socket of our own: on loopback the kernel has finished the handshake when connect()
// returns, so the request goes out at once. (QTcpSocket noticed a connection a loop turn
// later, after every other call of a burst had connected: with 2,000 calls at once, the last
// requests reached the model 60 ms after their connections were up.) A connection still under
// way is watched until it is writable; one that fails goes on to the host's next address.
void PlainHttpTransport::connectNext(Connection *connection)
{
    const QHostAddress address = connection->addresses.takeFirst();
    sockaddr_storage peer{};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in = reinterpret_cast<sockaddr_in *>(&peer);
        in->sin_family = AF_INET;
        in->sin_port = htons(connection->port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&peer);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(connection->port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
        in6->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    }
    const int fd = ::socket(peer.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return failToConnect(connection, errno);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&peer), length) != 0 && errno != EINPROGRESS) {
        const int error = errno;
        ::close(fd);
        return failToConnect(connection, error);
    }
    pollfd ready{fd, POLLOUT, 0};
    if (::poll(&ready, 1, 0) == 1)
        return adopt(connection, fd);
    connection->underWay = new ConnectUnderWay(fd, this);
    connect(connection->underWay, &QSocketNotifier::activated, this, [this, connection] {
        ConnectUnderWay *underWay = std::exchange(connection->underWay, nullptr);
        underWay->deleteLater();
        adopt(connection, underWay->take());
    });
}

// The socket is writable: connected, or failed.
void PlainHttpTransport::adopt(Connection *connection, int fd)
{
    int error = 0;
    socklen_t size = sizeof error;
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) != 0)
        error = errno;
    if (error != 0) {
        ::close(fd);
        return failToConnect(connection, error);
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    connection->stream = new TcpStream(fd, this);
    connect(connection->stream, &TcpStream::readyRead, this, [this, connection] { onReadable(connection); });
    connect(connection->stream, &TcpStream::disconnected, this, [this, connection] { onClosed(connection); });
    if (connection->exchange)
        connection->stream->write(connection->exchange->request);
}

void PlainHttpTransport::failToConnect(Connection *connection, int error)
{
    if (!connection->addresses.isEmpty())
        return connectNext(connection);
    fail(connection, error == ECONNREFUSED ? ExchangeEnd::Kind::ConnectionRefused : ExchangeEnd::Kind::Cut,
         QString::fromLocal8Bit(std::strerror(error)));
}

// A connection that never connected ends its exchange from the event loop, never from
// within post(), as the handlers expect.
void PlainHttpTransport::fail(Connection *connection, ExchangeEnd::Kind kind, const QString &why)
{
    QTimer::singleShot(0, this, [this, connection, serial = connection->serial, kind, why] {
        if (m_connections.find(connection) == m_connections.end() || connection->serial != serial)
            return;
        if (connection->exchange)
            end(connection, {kind, why});
        else
            close(connection);
    });
}

void PlainHttpTransport::start(Connection *connection, Exchange *exchange)
{
    connection->exchange = exchange;
    exchange->connection = connection;
    connection->received = false;
    connection->trailing = false;
    connection->answer = {};
    http_parser_init(&connection->parser, HTTP_RESPONSE);
    connection->parser.data = &connection->answer;
    // A connection still connecting sends the request as it connects (adopt()).
    if (connection->stream)
        connection->stream->write(exchange->request);
}

void PlainHttpTransport::onReadable(Connection *connection)
{
    QByteArray bytes;
    connection->stream->read(bytes, MaxReadBytes);
    Exchange *exchange = connection->exchange;
    if (!exchange) {
        close(connection); // an idle connection has nothing to say
        return;
    }
    if (bytes.isEmpty())
        return;
    connection->received = true;
    exchange->lastByteAtMs = m_clock.elapsed();
    const bool parsed = feed(connection, bytes.constData(), bytes.size());
    if (!connection->answer.body.isEmpty()) {
        const QByteArray body = std::exchange(connection->answer.body, QByteArray());
        const ExchangeId id = exchange->id;
        exchange->handlers.onBody(int(connection->parser.status_code), body);
        if (m_exchanges.find(id) == m_exchanges.end())
            return; // the handler cancelled it
    }
    if (!parsed) {
        const auto error = http_errno(connection->parser.http_errno);
        end(connection,
            {ExchangeEnd::Kind::Malformed,
             QStringLiteral("not an HTTP/1.1 response (%1)").arg(QLatin1String(http_errno_description(error)))});
    } else if (connection->answer.complete) {
        end(connection, {});
    }
}

void PlainHttpTransport::onClosed(Connection *connection)
{
    Exchange *exchange = connection->exchange;
    if (!exchange) {
        close(connection);
        return;
    }
    // The end of the stream ends a body that runs until the connection closes.
    if (connection->answer.headersDone && !connection->answer.complete)
        feed(connection, nullptr, 0);
    if (connection->answer.complete) {
        end(connection, {});
        return;
    }
    if (!connection->received && connection->reused && !exchange->retried) {
        // The server closed the kept-alive connection as we reused it, before it answered.
        exchange->retried = true;
        exchange->connection = nullptr;
        connection->exchange = nullptr;
        close(connection);
        m_waiting.push_front(exchange);
        dispatch();
        return;
    }
    end(connection, {ExchangeEnd::Kind::Cut, QStringLiteral("The remote host closed the connection")});
}

void PlainHttpTransport::sweep()
{
    if (m_exchanges.empty()) {
        m_sweep.stop();
        return;
    }
    const qint64 now = m_clock.elapsed();
    std::vector<ExchangeId> silent;
    for (const auto &[id, exchange] : m_exchanges) {
        if (now - exchange->lastByteAtMs >= exchange->timeoutMs)
            silent.push_back(id);
    }
    // Handlers may post and cancel: each exchange is looked up again as its turn comes.
    for (const ExchangeId id : silent)
        onTimeout(id);
}

void PlainHttpTransport::onTimeout(ExchangeId id)
{
    const auto found = m_exchanges.find(id);
    if (found == m_exchanges.end())
        return;
    Exchange *exchange = found->second.get();
    if (exchange->connection) {
        end(exchange->connection, {ExchangeEnd::Kind::Timeout, QString()});
        return;
    }
    m_waiting.erase(std::find(m_waiting.begin(), m_waiting.end(), exchange));
    const std::unique_ptr<Exchange> ended = release(id);
    ended->handlers.onEnd(0, {ExchangeEnd::Kind::Timeout, QString()});
}

bool PlainHttpTransport::feed(Connection *connection, const char *data, qsizetype size)
{
    const size_t parsed = http_parser_execute(&connection->parser, &responseSettings(), data, size_t(size));
    const auto error = http_errno(connection->parser.http_errno);
    if (error == HPE_PAUSED) {
        connection->trailing = parsed < size_t(size);
        return true;
    }
    return error == HPE_OK;
}

void PlainHttpTransport::end(Connection *connection, ExchangeEnd end)
{
    Exchange *exchange = connection->exchange;
    const int status = connection->answer.headersDone ? int(connection->parser.status_code) : 0;
    const bool keepAlive = end.kind == ExchangeEnd::Kind::Complete && !connection->trailing
                           && http_should_keep_alive(&connection->parser) != 0;
    connection->exchange = nullptr;
    const std::unique_ptr<Exchange> ended = release(exchange->id);
    if (keepAlive)
        recycle(connection);
    else
        close(connection);
    // The freed connection serves the next waiting exchange before the handler can ask.
    dispatch();
    ended->handlers.onEnd(status, end);
}

void PlainHttpTransport::recycle(Connection *connection)
{
    if (!connection->stream || !connection->stream->isOpen()) {
        close(connection);
        return;
    }
    connection->reused = true;
    m_idle[connection->hostKey].push_back(connection);
}

void PlainHttpTransport::close(Connection *connection)
{
    const auto idle = m_idle.find(connection->hostKey);
    if (idle != m_idle.end())
        idle->erase(std::remove(idle->begin(), idle->end(), connection), idle->end());
    delete connection->underWay;
    delete connection->lookup; // its answer, if it comes, is dropped with it
    if (TcpStream *stream = connection->stream) {
        // It may be inside one of its own signals: it goes at the next loop turn.
        QObject::disconnect(stream, nullptr, this, nullptr);
        stream->abort();
        stream->deleteLater();
    }
    m_connections.erase(connection);
}

std::unique_ptr<PlainHttpTransport::Exchange> PlainHttpTransport::release(ExchangeId id)
{
    const auto found = m_exchanges.find(id);
    std::unique_ptr<Exchange> exchange = std::move(found->second);
    m_exchanges.erase(found);
    exchange->connection = nullptr;
    return exchange;
}

} // namespace net
