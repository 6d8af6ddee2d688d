#include "providers/SocketWrite.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

#include <sys/socket.h>

using providers::writeNow;

namespace {

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 26);
    return bytes;
}

// What the peer has received: what its QTcpSocket read in earlier loop turns, then what the
// kernel holds for it, read without running the event loop. Right after writeNow() that is
// what it sent, as opposed to what QTcpSocket still queues for a later loop turn.
QByteArray receivedSoFar(QTcpSocket &peer)
{
    QByteArray all = peer.readAll();
    char chunk[65536];
    ssize_t n;
    while ((n = ::recv(int(peer.socketDescriptor()), chunk, sizeof chunk, MSG_DONTWAIT)) > 0)
        all.append(chunk, n);
    return all;
}

} // namespace

class TestSocketWrite : public QObject
{
    Q_OBJECT

private:
    QTcpServer m_server;
    std::unique_ptr<QTcpSocket> m_writer;
    QTcpSocket *m_peer = nullptr;

private slots:
    void init()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        m_writer = std::make_unique<QTcpSocket>();
        m_writer->connectToHost(QHostAddress::LocalHost, m_server.serverPort());
        QVERIFY(m_writer->waitForConnected(5000));
        QTRY_VERIFY(m_server.hasPendingConnections());
        m_peer = m_server.nextPendingConnection();
    }

    void cleanup()
    {
        m_writer.reset();
        m_server.close();
    }

    // Bytes the kernel takes are on their way when writeNow() returns; the rest, and bytes
    // behind earlier queued ones, wait in QTcpSocket's queue. Either way the peer gets every
    // byte, in order.
    void deliversInOrder_data()
    {
        QTest::addColumn<QByteArray>("queuedFirst");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("sentAtOnce");
        QTest::newRow("an answer") << QByteArray() << pattern(900) << true;
        QTest::newRow("more than the kernel takes") << QByteArray() << pattern(16 << 20) << false;
        QTest::newRow("behind queued bytes") << QByteArray("first ") << pattern(900) << false;
        QTest::newRow("nothing") << QByteArray() << QByteArray() << true;
    }

    void deliversInOrder()
    {
        QFETCH(QByteArray, queuedFirst);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, sentAtOnce);
        if (!queuedFirst.isEmpty())
            m_writer->write(queuedFirst); // QTcpSocket queues it for the next loop turn
        writeNow(*m_writer, bytes);

        QByteArray received = receivedSoFar(*m_peer);
        const QByteArray expected = queuedFirst + bytes;
        QCOMPARE(received == expected, sentAtOnce);
        QCOMPARE(m_writer->bytesToWrite(), expected.size() - received.size());
        QVERIFY(expected.startsWith(received));
        QTRY_VERIFY_WITH_TIMEOUT((received += receivedSoFar(*m_peer)).size() >= expected.size(),
                                 20000);
        QCOMPARE(received.size(), expected.size());
        QVERIFY(received == expected);
    }

    // While the socket connects, the bytes wait for the connection.
    void waitsForTheConnection()
    {
        QTcpSocket connecting;
        connecting.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
        QCOMPARE(connecting.state(), QAbstractSocket::ConnectingState);
        writeNow(connecting, "hello");
        QCOMPARE(connecting.bytesToWrite(), 5);
        QTRY_VERIFY(m_server.hasPendingConnections());
        QTcpSocket *peer = m_server.nextPendingConnection();
        QByteArray received;
        QTRY_COMPARE((received += receivedSoFar(*peer)), QByteArray("hello"));
    }

    // A write the peer refuses never reports from within writeNow(): the error comes from the
    // event loop, as QTcpSocket reports it, so a caller is never re-entered by its own write.
    void reportsFailuresFromTheLoop()
    {
        QSignalSpy errors(m_writer.get(), &QTcpSocket::errorOccurred);
        QSignalSpy disconnects(m_writer.get(), &QTcpSocket::disconnected);
        m_peer->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        ::shutdown(int(m_peer->socketDescriptor()), SHUT_RDWR);
        delete m_peer; // an unread, closed peer: the kernel answers with a reset
        m_peer = nullptr;
        // The first write goes out and draws the reset; the second meets it.
        for (int i = 0; i < 2; ++i) {
            writeNow(*m_writer, pattern(900));
            QCOMPARE(errors.count(), 0);
            QCOMPARE(disconnects.count(), 0);
        }
        QTRY_VERIFY(!errors.isEmpty() || !disconnects.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSocketWrite)
#include "tst_socketwrite.moc"
