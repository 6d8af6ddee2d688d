#include "net/TcpConnector.h"

#include <QHostInfo>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <utility>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace net {

// A socket whose connection is under way, watched until it is writable; it closes with the
// watch unless taken.
class TcpConnector::SocketUnderWay : public QSocketNotifier
{
public:
    SocketUnderWay(int fd, QObject *parent) : QSocketNotifier(qintptr(fd), QSocketNotifier::Write, parent), m_fd(fd) {}
    ~SocketUnderWay() override
    {
        setEnabled(false);
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SocketUnderWay(const SocketUnderWay &) = delete;
    SocketUnderWay &operator=(const SocketUnderWay &) = delete;

    int take()
    {
        setEnabled(false);
        return std::exchange(m_fd, -1);
    }

private:
    int m_fd;
};

TcpConnector::~TcpConnector()
{
    delete m_underWay;
    delete m_lookup; // its answer, if it comes, is dropped with it
}

void TcpConnector::connectTo(const QString &host, quint16 port, QObject *context, Handlers handlers)
{
    m_handlers = std::move(handlers);
    m_context = context;
    m_port = port;
    const QHostAddress address(host);
    if (!address.isNull()) {
        m_addresses = {address};
        connectNext();
        return;
    }
    // A name: looked up on Qt's lookup thread, answered here unless the connector has gone.
    m_lookup = new QObject(context);
    QHostInfo::lookupHost(host, m_lookup, [this](const QHostInfo &info) {
        m_lookup->deleteLater();
        m_lookup = nullptr;
        m_addresses = info.addresses();
        if (m_addresses.isEmpty())
            return m_handlers.onFailed(false, info.errorString());
        connectNext();
    });
}

// On a socket of our own: on loopback the kernel has finished the handshake when connect()
// returns, so the request goes out at once. (QTcpSocket noticed a connection a loop turn
// later, after every other call of a burst had connected: with 2,000 calls at once, the last
// requests reached the model 60 ms after their connections were up.) A connection still under
// way is watched until it is writable; one that fails goes on to the host's next address.
void TcpConnector::connectNext()
{
    const QHostAddress address = m_addresses.takeFirst();
    sockaddr_storage peer{};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in = reinterpret_cast<sockaddr_in *>(&peer);
        in->sin_family = AF_INET;
        in->sin_port = htons(m_port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&peer);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(m_port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
        in6->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    }
    const int fd = ::socket(peer.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return failToConnect(errno);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&peer), length) != 0 && errno != EINPROGRESS) {
        const int error = errno;
        ::close(fd);
        return failToConnect(error);
    }
    pollfd ready{fd, POLLOUT, 0};
    if (::poll(&ready, 1, 0) == 1)
        return adopt(fd);
    m_underWay = new SocketUnderWay(fd, m_context);
    QObject::connect(m_underWay, &QSocketNotifier::activated, m_context, [this] {
        SocketUnderWay *underWay = std::exchange(m_underWay, nullptr);
        underWay->deleteLater();
        adopt(underWay->take());
    });
}

// The socket is writable: connected, or failed.
void TcpConnector::adopt(int fd)
{
    int error = 0;
    socklen_t size = sizeof error;
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) != 0)
        error = errno;
    if (error != 0) {
        ::close(fd);
        return failToConnect(error);
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    m_handlers.onConnected(fd);
}

void TcpConnector::failToConnect(int error)
{
    if (!m_addresses.isEmpty())
        return connectNext();
    m_handlers.onFailed(error == ECONNREFUSED, QString::fromLocal8Bit(std::strerror(error)));
}

} // namespace net
