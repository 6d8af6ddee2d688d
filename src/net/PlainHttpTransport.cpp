#include "net/PlainHttpTransport.h"

#include "net/ResponseParser.h"
#include "net/TcpConnector.h"
#include "net/TcpStream.h"

#include <algorithm>
#include <cerrno>
#include <utility>

#include <sys/socket.h>

namespace net {

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
    TcpConnector connector;      // opens it
    TcpStream *stream = nullptr; // once connected
    quint64 serial = 0;          // tells it from a later connection at the same address
    QByteArray hostKey;
    ResponseParser response;
    Exchange *exchange = nullptr;
    bool reused = false;   // it answered an exchange before the current one
    bool received = false; // a byte of the current exchange's answer arrived
};

namespace {

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
    connection->serial = ++m_connectionSerial;
    m_connections.emplace(connection, std::move(owned));
    connection->connector.connectTo(
        exchange->host, exchange->port, this,
        {[this, connection](int fd) { adopt(connection, fd); },
         [this, connection](bool refused, const QString &why) {
             fail(connection, refused ? ExchangeEnd::Kind::ConnectionRefused : ExchangeEnd::Kind::Cut, why);
         }});
    return connection;
}

// The connector's socket is up: it becomes the connection's stream.
void PlainHttpTransport::adopt(Connection *connection, int fd)
{
    connection->stream = new TcpStream(fd, this);
    connect(connection->stream, &TcpStream::readyRead, this, [this, connection] { onReadable(connection); });
    connect(connection->stream, &TcpStream::disconnected, this, [this, connection] { onClosed(connection); });
    if (connection->exchange)
        connection->stream->write(connection->exchange->request);
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
    connection->response.restart();
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
    const bool parsed = connection->response.feed(bytes.constData(), bytes.size());
    const QByteArray body = connection->response.takeBody();
    if (!body.isEmpty()) {
        const ExchangeId id = exchange->id;
        exchange->handlers.onBody(connection->response.status(), body);
        if (m_exchanges.find(id) == m_exchanges.end())
            return; // the handler cancelled it
    }
    if (!parsed) {
        end(connection, {ExchangeEnd::Kind::Malformed,
                         QStringLiteral("not an HTTP/1.1 response (%1)").arg(connection->response.errorDescription())});
    } else if (connection->response.isComplete()) {
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
    if (connection->response.headersDone() && !connection->response.isComplete())
        connection->response.finish();
    if (connection->response.isComplete()) {
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

void PlainHttpTransport::end(Connection *connection, ExchangeEnd end)
{
    Exchange *exchange = connection->exchange;
    const int status = connection->response.headersDone() ? connection->response.status() : 0;
    if (connection->response.headersDone())
        end.headers = connection->response.headers();
    const bool keepAlive = end.kind == ExchangeEnd::Kind::Complete && connection->response.leavesConnectionReusable();
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
