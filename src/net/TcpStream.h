#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <optional>

class QSocketNotifier;

namespace net {

// A connected stream socket on this thread's event loop, without QTcpSocket's layers: read()
// takes what the kernel holds straight into the caller's buffer, write() hands bytes to the
// kernel at once and queues only what it does not take.
//
// Under a burst of 2,000 new connections QTcpSocket cost the server's thread a third of its
// time before any request was parsed: a 16 KiB read buffer per socket (each a page fault in
// fresh memory), a copy out of it, an ioctl per read and six system calls to adopt each
// accepted descriptor.
//
// Errors and the peer's close are reported as disconnected(), always from the event loop
// (never from within read() or write()), or synchronously from closeAfterWriting() when
// nothing is left to write, as QAbstractSocket::disconnectFromHost() does.
class TcpStream final : public QObject
{
    Q_OBJECT

public:
    // Takes fd, a connected, non-blocking stream socket (accept4() and socket() make them so
    // in the same call; this saves two fcntl() calls per connection).
    explicit TcpStream(int fd, QObject *parent = nullptr);
    ~TcpStream() override; // closes the descriptor

    bool isOpen() const { return m_fd >= 0; }
    int descriptor() const { return m_fd; }

    // Appends what the kernel holds to `into`, at most `max` bytes. A peer that has closed
    // or failed leaves 0 bytes here and a disconnected() to come.
    qsizetype read(QByteArray &into, qsizetype max);
    // readyRead() stops while off: the bytes wait in the kernel, and TCP's flow control holds
    // the peer back.
    void setReading(bool on);

    void write(QByteArrayView bytes);
    qsizetype bytesToWrite() const { return m_queued.size(); }

    // Closes once what is queued is written (at once, emitting disconnected(), when nothing
    // is); what arrives meanwhile is discarded.
    void closeAfterWriting();
    // Closes now, dropping what is queued; no signal.
    void abort();

    QHostAddress peerAddress() const; // asked of the kernel once, then kept

signals:
    void readyRead();
    void disconnected();

private:
    void onReadable();
    void onWritable();
    void failLater();
    void closeNow();

    int m_fd;
    QSocketNotifier *m_readNotifier;
    QSocketNotifier *m_writeNotifier = nullptr; // made when a write is first held back
    QByteArray m_queued;
    bool m_ended = false; // the peer closed, or the connection failed
    bool m_closeWhenWritten = false;
    mutable std::optional<QHostAddress> m_peer;
};

} // namespace net
