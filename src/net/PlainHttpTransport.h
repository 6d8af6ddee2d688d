#pragma once

#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace net {

// How a provider exchange ended, as the transport saw it.
struct ExchangeEnd
{
    enum class Kind {
        Complete,          // the whole response arrived
        ConnectionRefused, // nobody listens at the provider's port
        Timeout,           // no byte arrived for the time-out
        Cut,               // the connection ended before the response was whole
        Malformed,         // the bytes are not an HTTP/1.1 response
    };
    ExchangeEnd() = default;
    ExchangeEnd(Kind how, QString why = QString()) : kind(how), description(std::move(why)) {}

    Kind kind = Kind::Complete;
    QString description;
    // The response's header fields, when its headers arrived (retry-after, x-should-retry).
    HttpHeaders headers;
};

// HTTP/1.1 to plain http:// providers (the simulated model, a local llama-server) on the
// thread the transport lives on: no thread per connection, unlike QNetworkAccessManager,
// whose HTTP thread per manager costs a context switch per read at thousands of calls.
//
// Keeps a pool of keep-alive connections per host, up to maxConnections in all; exchanges
// beyond it wait for a connection. Parses Content-Length, chunked and read-until-close
// bodies. A request that a kept-alive connection drops before any byte of its answer is
// sent once more on a new connection: the server closed an idle connection as it was reused.
class PlainHttpTransport : public QObject
{
    Q_OBJECT

public:
    using ExchangeId = quint64;
    struct Handlers
    {
        // The status and the next bytes of the body, as they arrive (headers done).
        std::function<void(int status, const QByteArray &body)> onBody;
        // Called once, last; status is 0 when no status line arrived.
        std::function<void(int status, const ExchangeEnd &end)> onEnd;
    };

    explicit PlainHttpTransport(QObject *parent = nullptr);
    ~PlainHttpTransport() override;

    void setMaxConnections(int connections) { m_maxConnections = qMax(1, connections); }
    // Connections open now, busy or idle.
    int connectionCount() const { return int(m_connections.size()); }

    // Sends `head` (request line and header lines, without the blank line) and `body` to
    // host:port; the transport adds Host and Content-Length. Fails with Timeout when no
    // byte arrives for timeoutMs (noticed up to an eighth later), counted from now. Handlers
    // run on the transport's thread,
    // never from within post().
    ExchangeId post(const QString &host, quint16 port, const QByteArray &head, const QByteArray &body, int timeoutMs,
                    Handlers handlers);
    // Drops an exchange without calling its handlers; its connection is closed.
    void cancel(ExchangeId id);

private:
    struct Exchange;
    struct Connection;

    void dispatch();
    bool assign(Exchange *exchange);
    Connection *reusableConnection(const QByteArray &hostKey);
    Connection *openConnection(Exchange *exchange);
    void adopt(Connection *connection, int fd);
    void fail(Connection *connection, ExchangeEnd::Kind kind, const QString &why);
    void start(Connection *connection, Exchange *exchange);
    void onReadable(Connection *connection);
    void onClosed(Connection *connection);
    void sweep();
    void onTimeout(ExchangeId id);
    void end(Connection *connection, ExchangeEnd end);
    void recycle(Connection *connection);
    void close(Connection *connection);
    std::unique_ptr<Exchange> release(ExchangeId id);

    int m_maxConnections = 1200;
    // One timer finds the silent exchanges: a timer per exchange, restarted on every read,
    // costs Qt's timer list a linear search per restart with thousands of calls in flight.
    QElapsedTimer m_clock;
    QTimer m_sweep;
    ExchangeId m_nextId = 1;
    quint64 m_connectionSerial = 0;
    std::unordered_map<ExchangeId, std::unique_ptr<Exchange>> m_exchanges;
    std::deque<Exchange *> m_waiting;
    std::unordered_map<Connection *, std::unique_ptr<Connection>> m_connections;
    QHash<QByteArray, std::vector<Connection *>> m_idle;
};

} // namespace net
