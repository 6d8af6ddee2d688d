#include "net/TcpStream.h"

#include <QSignalSpy>
#include <QTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

using net::TcpStream;

namespace {

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 26);
    return bytes;
}

// What the kernel holds for the peer now, read without waiting.
QByteArray receivedSoFar(int peer)
{
    QByteArray all;
    char chunk[65536];
    ssize_t n;
    while ((n = ::recv(peer, chunk, sizeof chunk, MSG_DONTWAIT)) > 0)
        all.append(chunk, n);
    return all;
}

// Bytes the kernel holds for `fd`, not read yet.
int unreadBytes(int fd)
{
    int count = 0;
    ::ioctl(fd, FIONREAD, &count);
    return count;
}

void sendAll(int fd, const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        QVERIFY(n > 0);
        sent += n;
    }
}

} // namespace

// The socket the HTTP server reads requests from and writes answers to: bytes go to the
// kernel at once, reads take what came, and every failure is reported from the event loop.
class TestTcpStream : public QObject
{
    Q_OBJECT

private:
    int m_listener = -1;
    std::unique_ptr<net::TcpStream> m_stream;
    int m_peer = -1;

private slots:
    void init()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QCOMPARE(::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length), 0);
        QCOMPARE(::listen(m_listener, 4), 0);
        QCOMPARE(::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&address), length), 0);
        QCOMPARE(::fcntl(fd, F_SETFL, O_NONBLOCK), 0);
        m_peer = ::accept(m_listener, nullptr, nullptr);
        QVERIFY(m_peer >= 0);
        m_stream = std::make_unique<net::TcpStream>(fd);
    }

    void cleanup()
    {
        m_stream.reset();
        if (m_peer >= 0)
            ::close(m_peer);
        ::close(m_listener);
        m_peer = -1;
    }

    // Bytes the kernel takes are on their way when write() returns; the rest, and bytes
    // behind earlier queued ones, wait in the stream's queue. The peer gets every byte, in
    // order.
    void deliversInOrder_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("sentAtOnce");
        QTest::newRow("an answer") << QByteArray() << pattern(900) << true;
        QTest::newRow("more than the kernel takes") << QByteArray() << pattern(16 << 20) << false;
        QTest::newRow("behind queued bytes") << pattern(16 << 20) << QByteArray("last") << false;
        QTest::newRow("nothing") << QByteArray() << QByteArray() << true;
    }

    void deliversInOrder()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, sentAtOnce);
        m_stream->write(first);
        m_stream->write(bytes);

        QByteArray received = receivedSoFar(m_peer);
        const QByteArray expected = first + bytes;
        QCOMPARE(received == expected, sentAtOnce);
        QCOMPARE(m_stream->bytesToWrite(), expected.size() - received.size());
        QVERIFY(expected.startsWith(received));
        QTRY_VERIFY_WITH_TIMEOUT((received += receivedSoFar(m_peer)).size() >= expected.size(), 20000);
        QVERIFY(received == expected);
        QCOMPARE(m_stream->bytesToWrite(), 0);
    }

    // read() takes what came, at most what it is asked for; the rest stays for later.
    void readsWhatCameUpToTheBound_data()
    {
        QTest::addColumn<qsizetype>("sent");
        QTest::addColumn<qsizetype>("bound");
        QTest::newRow("a request") << qsizetype(300) << qsizetype(64 * 1024);
        QTest::newRow("more than the bound") << qsizetype(100 * 1024) << qsizetype(64 * 1024);
        QTest::newRow("a bound inside the stack buffer") << qsizetype(5000) << qsizetype(1000);
    }

    void readsWhatCameUpToTheBound()
    {
        QFETCH(qsizetype, sent);
        QFETCH(qsizetype, bound);
        const QByteArray bytes = pattern(sent);
        sendAll(m_peer, bytes);
        QSignalSpy readable(m_stream.get(), &net::TcpStream::readyRead);
        QVERIFY(readable.wait());
        QByteArray received("prefix:");
        QCOMPARE(m_stream->read(received, bound), qMin(sent, bound));
        QCOMPARE(received, "prefix:" + bytes.left(bound));
        QTRY_VERIFY(m_stream->read(received, sent) == 0 && received.size() == 7 + sent);
        QCOMPARE(received, "prefix:" + bytes);
    }

    // While reading is off, bytes wait in the kernel and readyRead() stays quiet.
    void readingCanPause()
    {
        QSignalSpy readable(m_stream.get(), &net::TcpStream::readyRead);
        m_stream->setReading(false);
        sendAll(m_peer, "held");
        QTRY_COMPARE(unreadBytes(m_stream->descriptor()), 4);
        QCoreApplication::processEvents(); // a turn of the loop with the bytes there
        QCOMPARE(readable.count(), 0);
        m_stream->setReading(true);
        QVERIFY(readable.wait());
        QByteArray received;
        m_stream->read(received, 100);
        QCOMPARE(received, QByteArray("held"));
    }

    // The peer's close is read as nothing, then reported once, from the event loop.
    void reportsThePeersCloseFromTheLoop()
    {
        QSignalSpy disconnects(m_stream.get(), &net::TcpStream::disconnected);
        sendAll(m_peer, "last words");
        ::close(m_peer);
        m_peer = -1;
        QByteArray received;
        QTRY_COMPARE((m_stream->read(received, 100), received), QByteArray("last words"));
        m_stream->read(received, 100); // meets the end
        QCOMPARE(disconnects.count(), 0);
        QTRY_COMPARE(disconnects.count(), 1);
        QVERIFY(!m_stream->isOpen());
        // Reports come from posted events: one posted now runs after any other already posted.
        bool flushed = false;
        QMetaObject::invokeMethod(
            m_stream.get(), [&flushed] { flushed = true; }, Qt::QueuedConnection);
        QTRY_VERIFY(flushed);
        QCOMPARE(disconnects.count(), 1);
    }

    // A write the peer refuses never reports from within write(): a caller is never
    // re-entered by its own write.
    void reportsFailedWritesFromTheLoop()
    {
        QSignalSpy disconnects(m_stream.get(), &net::TcpStream::disconnected);
        const linger reset{1, 0};
        ::setsockopt(m_peer, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        ::close(m_peer); // answers with a reset
        m_peer = -1;
        for (int i = 0; i < 3; ++i) {
            m_stream->write(pattern(900));
            QCOMPARE(disconnects.count(), 0);
        }
        QTRY_COMPARE(disconnects.count(), 1);
        QVERIFY(!m_stream->isOpen());
        m_stream->write("after"); // closed: ignored
    }

    // closeAfterWriting() closes at once when nothing waits, else once it is all written.
    void closesAfterWriting_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("closedAtOnce");
        QTest::newRow("nothing queued") << pattern(900) << true;
        QTest::newRow("16 MiB queued") << pattern(16 << 20) << false;
    }

    void closesAfterWriting()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, closedAtOnce);
        QSignalSpy disconnects(m_stream.get(), &net::TcpStream::disconnected);
        m_stream->write(bytes);
        m_stream->closeAfterWriting();
        QCOMPARE(!m_stream->isOpen(), closedAtOnce);
        QCOMPARE(disconnects.count(), closedAtOnce ? 1 : 0);
        QByteArray received;
        char chunk[65536];
        for (ssize_t n; (n = ::recv(m_peer, chunk, sizeof chunk, 0)) > 0;) {
            received.append(chunk, n);
            QCoreApplication::processEvents();
        }
        QVERIFY(received == bytes); // then the end of the stream
        QTRY_COMPARE(disconnects.count(), 1);
    }

    void knowsItsPeer() { QCOMPARE(m_stream->peerAddress(), QHostAddress(QHostAddress::LocalHost)); }
};

QTEST_GUILESS_MAIN(TestTcpStream)
#include "tst_tcpstream.moc"
