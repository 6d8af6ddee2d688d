#include "net/TcpStream.h"

#include <QSocketNotifier>

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace net {

namespace {

bool wouldBlock(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK;
}

} // namespace

TcpStream::TcpStream(int fd, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_readNotifier(new QSocketNotifier(fd, QSocketNotifier::Read, this))
{
    connect(m_readNotifier, &QSocketNotifier::activated, this, &TcpStream::onReadable);
}

TcpStream::~TcpStream()
{
    closeNow();
}

qsizetype TcpStream::read(QByteArray &into, qsizetype max)
{
    // Through a buffer on the stack, so that `into` grows by what came and no more: a
    // buffer sized for the largest read would be fresh memory for every new connection.
    char chunk[16 * 1024];
    qsizetype total = 0;
    while (m_fd >= 0 && !m_ended && total < max) {
        const ssize_t got = ::recv(m_fd, chunk, size_t(std::min<qsizetype>(sizeof chunk, max - total)), 0);
        if (got > 0) {
            into.append(chunk, got);
            total += got;
            if (size_t(got) < sizeof chunk)
                break; // drained
        } else if (got < 0 && errno == EINTR) {
            continue;
        } else if (got < 0 && wouldBlock(errno)) {
            break;
        } else {
            m_ended = true; // closed by the peer, or failed: disconnected() follows
            failLater();
        }
    }
    return total;
}

void TcpStream::setReading(bool on)
{
    if (m_fd >= 0)
        m_readNotifier->setEnabled(on);
}

void TcpStream::write(QByteArrayView bytes)
{
    if (m_fd < 0 || m_ended || bytes.isEmpty())
        return;
    qsizetype sent = 0;
    if (m_queued.isEmpty()) {
        const ssize_t n = ::send(m_fd, bytes.data(), size_t(bytes.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n < 0 && !wouldBlock(errno) && errno != EINTR) { // interrupted: queued below
            m_ended = true;
            failLater();
            return;
        }
        sent = std::max<qsizetype>(0, n);
    }
    if (sent == bytes.size())
        return;
    m_queued.append(bytes.sliced(sent));
    if (!m_writeNotifier) {
        m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &TcpStream::onWritable);
    }
    m_writeNotifier->setEnabled(true);
}

void TcpStream::closeAfterWriting()
{
    if (m_fd < 0)
        return;
    if (m_queued.isEmpty() || m_ended) {
        closeNow();
        emit disconnected();
        return;
    }
    m_closeWhenWritten = true;
}

void TcpStream::abort()
{
    closeNow();
}

QHostAddress TcpStream::peerAddress() const
{
    if (!m_peer && m_fd >= 0) {
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        m_peer = ::getpeername(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0
                     ? QHostAddress(reinterpret_cast<const sockaddr *>(&address))
                     : QHostAddress();
    }
    return m_peer.value_or(QHostAddress());
}

void TcpStream::onReadable()
{
    if (m_closeWhenWritten) {
        QByteArray discarded;
        read(discarded, 64 * 1024);
        return;
    }
    emit readyRead();
}

void TcpStream::onWritable()
{
    while (m_fd >= 0 && !m_queued.isEmpty()) {
        const ssize_t n = ::send(m_fd, m_queued.constData(), size_t(m_queued.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (wouldBlock(errno))
                return;
            m_ended = true;
            failLater();
            return;
        }
        m_queued.remove(0, n);
    }
    if (m_fd < 0)
        return;
    m_writeNotifier->setEnabled(false);
    if (m_closeWhenWritten) {
        closeNow();
        emit disconnected();
    }
}

// The peer closed or the connection failed: reported from the event loop, after whatever
// the caller is doing now.
void TcpStream::failLater()
{
    m_readNotifier->setEnabled(false);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_fd < 0)
                return;
            closeNow();
            emit disconnected();
        },
        Qt::QueuedConnection);
}

void TcpStream::closeNow()
{
    if (m_fd < 0)
        return;
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    ::close(m_fd);
    m_fd = -1;
    m_queued.clear();
}

} // namespace net
