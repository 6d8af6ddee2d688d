#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace net {

// Opens one TCP connection to a host (an address or a name) without blocking the thread: a
// name is looked up on Qt's lookup thread, then the host's addresses are tried in turn, each
// with a non-blocking connect() on a socket of our own.
class TcpConnector
{
public:
    // One of them is called, once, unless the connector is destroyed first.
    struct Handlers
    {
        // The connection is up: `fd` is a connected, non-blocking socket without Nagle's
        // delay, now the handler's.
        std::function<void(int fd)> onConnected;
        // No address took the connection, or the name has none. `refused`: the last address
        // tried refused it (nobody listens at the port).
        std::function<void(bool refused, const QString &why)> onFailed;
    };

    TcpConnector() = default;
    // Gives up: a socket under way is closed, a lookup's answer is dropped.
    ~TcpConnector();
    TcpConnector(const TcpConnector &) = delete;
    TcpConnector &operator=(const TcpConnector &) = delete;

    // Starts connecting; call it once. The lookup's answer and the watch on a socket under way
    // run on the thread of `context`. The handlers may be called before this returns: on
    // loopback the connection is up, or refused, when connect() returns.
    void connectTo(const QString &host, quint16 port, QObject *context, Handlers handlers);

private:
    class SocketUnderWay;

    void connectNext();
    void adopt(int fd);
    void failToConnect(int error);

    Handlers m_handlers;
    QObject *m_context = nullptr;
    QList<QHostAddress> m_addresses; // the host's addresses not tried yet
    quint16 m_port = 0;
    SocketUnderWay *m_underWay = nullptr; // the socket while it connects
    QObject *m_lookup = nullptr;          // while a host name is looked up; its answer's context
};

} // namespace net
