#include "net/PlainHttpTransport.h"
#include "net/SseParser.h"

#include <QDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using net::ExchangeEnd;
using net::PlainHttpTransport;

Q_DECLARE_METATYPE(net::ExchangeEnd::Kind)

namespace {

// What the far side does with one request: write `pieces`, each in its own loop turn
// `pauseMs` apart, then close the connection if `close`. No pieces and no close: never answer.
struct Answer
{
    QList<QByteArray> pieces;
    bool close = false;
    int pauseMs = 0;
};

const QByteArray Ok = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";

// A loopback HTTP/1.1 server that answers the n-th request it reads (counted over all its
// connections) with the n-th answer, byte for byte as scripted.
class ScriptedServer : public QObject
{
public:
    // backlog: how many connections the kernel queues for it between loop turns.
    explicit ScriptedServer(QList<Answer> answers, const QHostAddress &address = QHostAddress::LocalHost,
                            int backlog = 1024)
        : m_answers(std::move(answers))
    {
        m_server.setListenBacklogSize(backlog);
        m_server.listen(address, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_accepted;
                ++m_open;
                m_mostOpen = qMax(m_mostOpen, m_open);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] { onReadable(socket, *buffer); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    --m_open;
                    socket->deleteLater();
                });
            }
        });
    }

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    int accepted() const { return m_accepted; }
    int open() const { return m_open; }
    int mostOpen() const { return m_mostOpen; }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void onReadable(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buffer.left(headEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype length =
                at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (buffer.size() < headEnd + 4 + length)
                return;
            m_requests.append(buffer.left(headEnd + 4 + length));
            buffer.remove(0, headEnd + 4 + length);
            play(socket, m_answers.value(m_requests.size() - 1, Answer{{Ok}}));
        }
    }

    static void play(QTcpSocket *socket, Answer answer)
    {
        if (answer.pieces.isEmpty()) {
            if (answer.close)
                socket->disconnectFromHost();
            return;
        }
        socket->write(answer.pieces.takeFirst());
        socket->flush();
        QTimer::singleShot(answer.pieces.isEmpty() ? 0 : answer.pauseMs, socket,
                           [socket, answer] { play(socket, answer); });
    }

    QList<Answer> m_answers;
    QList<QByteArray> m_requests;
    int m_accepted = 0;
    int m_open = 0;
    int m_mostOpen = 0;
    QTcpServer m_server; // last: its sockets go first
};

// One exchange's record, as its handlers saw it.
struct Outcome
{
    int status = -1;
    QByteArray body;
    int bodyCalls = 0;
    std::optional<net::ExchangeEnd> end;
};

std::shared_ptr<Outcome> post(net::PlainHttpTransport &transport, quint16 port, int timeoutMs = 5000,
                              const QString &host = QStringLiteral("127.0.0.1"))
{
    auto outcome = std::make_shared<Outcome>();
    net::PlainHttpTransport::Handlers handlers;
    handlers.onBody = [outcome](int status, const QByteArray &body) {
        outcome->status = status;
        outcome->body += body;
        ++outcome->bodyCalls;
    };
    handlers.onEnd = [outcome](int status, const net::ExchangeEnd &end) {
        outcome->status = status;
        outcome->end = end;
    };
    transport.post(host, port, "POST /v1/chat/completions HTTP/1.1", R"({"model": "m"})", timeoutMs,
                   std::move(handlers));
    return outcome;
}

// Posts an exchange whose handlers only count their calls.
net::PlainHttpTransport::ExchangeId postCounted(net::PlainHttpTransport &transport, quint16 port, int timeoutMs,
                                                int *handlerCalls)
{
    net::PlainHttpTransport::Handlers handlers;
    handlers.onBody = [handlerCalls](int, const QByteArray &) { ++*handlerCalls; };
    handlers.onEnd = [handlerCalls](int, const net::ExchangeEnd &) { ++*handlerCalls; };
    return transport.post(QStringLiteral("127.0.0.1"), port, "POST / HTTP/1.1", {}, timeoutMs, std::move(handlers));
}

// Fills the accept queue of a listener that takes one connection between loop turns (a
// backlog of 0): the kernel drops the SYN of the next connection, whose client sends it
// again a second later. Returns the filling sockets, to close.
std::vector<int> fillAcceptQueue(quint16 port)
{
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::vector<int> fillers;
    for (int i = 0; i < 2; ++i) {
        fillers.push_back(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
        ::connect(fillers.back(), reinterpret_cast<sockaddr *>(&to), sizeof to);
    }
    return fillers;
}

int openDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::System).size());
}

} // namespace

class TestPlainHttpTransport : public QObject
{
    Q_OBJECT

private slots:
    void answers_data();
    void answers();
    void sendsTheRequestWhole();
    void handsOnTheAnswersHeaders_data();
    void handsOnTheAnswersHeaders();
    void reusesAKeptAliveConnection();
    void replacesAConnectionClosedWhileIdle();
    void retriesWhenAReusedConnectionDropsTheRequest();
    void neverRetriesOnceTheAnswerStarted();
    void streamsEventsAcrossChunkBoundaries();
    void refusedConnection_data();
    void refusedConnection();
    void timesOutWhenNoByteArrives();
    void aTrickleIsNoTimeout();
    void keepsWithinMaxConnections();
    void cancelDropsTheExchange();
    void reachesTheServerByAddressOrName_data();
    void reachesTheServerByAddressOrName();
    void waitsForAConnectionUnderWay();
    void cancelWhileConnectingClosesTheSocket();
};

void TestPlainHttpTransport::answers_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<bool>("close");
    QTest::addColumn<net::ExchangeEnd::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    using Kind = net::ExchangeEnd::Kind;
    QTest::newRow("Content-Length") << QList<QByteArray>{Ok} << false << Kind::Complete << 200 << QByteArray("hello");
    QTest::newRow("Content-Length, one byte at a time") << [] {
        QList<QByteArray> bytes;
        for (const char c : Ok)
            bytes.append(QByteArray(1, c));
        return bytes;
    }() << false << Kind::Complete << 200 << QByteArray("hello");
    QTest::newRow("chunked") << QList<QByteArray>{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel",
                                                  "lo\r\n6\r\n world\r\n", "0\r\n\r\n"}
                             << false << Kind::Complete << 200 << QByteArray("hello world");
    QTest::newRow("body until the connection closes")
        << QList<QByteArray>{"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nhel", "lo"} << true << Kind::Complete << 200
        << QByteArray("hello");
    QTest::newRow("error status with a body")
        << QList<QByteArray>{"HTTP/1.1 429 Too Many Requests\r\nContent-Length: 4\r\n\r\nslow"} << false
        << Kind::Complete << 429 << QByteArray("slow");
    QTest::newRow("closed mid-body") << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello"} << true
                                     << Kind::Cut << 200 << QByteArray("hello");
    QTest::newRow("closed mid-chunk")
        << QList<QByteArray>{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel"} << true << Kind::Cut
        << 200 << QByteArray("hel");
    QTest::newRow("closed before answering") << QList<QByteArray>{} << true << Kind::Cut << 0 << QByteArray();
    QTest::newRow("malformed status line") << QList<QByteArray>{"HTTP/1.1 2x0 OK\r\nContent-Length: 5\r\n\r\nhello"}
                                           << false << Kind::Malformed << 0 << QByteArray();
    QTest::newRow("not HTTP") << QList<QByteArray>{"SSH-2.0-OpenSSH_9.2\r\n"} << false << Kind::Malformed << 0
                              << QByteArray();
    QTest::newRow("malformed chunk size")
        << QList<QByteArray>{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"} << false << Kind::Malformed
        << 200 << QByteArray();
}

void TestPlainHttpTransport::answers()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(bool, close);
    QFETCH(net::ExchangeEnd::Kind, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    ScriptedServer server(QList<Answer>{Answer{pieces, close}});
    net::PlainHttpTransport transport;
    const auto outcome = post(transport, server.port());
    QTRY_VERIFY(outcome->end.has_value());
    QCOMPARE(outcome->end->kind, kind);
    QCOMPARE(outcome->status, status);
    QCOMPARE(outcome->body, body);
    QCOMPARE(server.requests().size(), 1); // never sent twice on a fresh connection
}

void TestPlainHttpTransport::handsOnTheAnswersHeaders_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<bool>("close");
    const QByteArray answer = "HTTP/1.1 429 Too Many Requests\r\nContent-Length: 4\r\nretry-after: 1\r\n"
                              "Retry-After-Ms:   120  \r\nx-should-retry: false\r\nX-Request-Id: req_1\r\n\r\nslow";
    QTest::newRow("whole") << QList<QByteArray>{answer} << false;
    QTest::newRow("a byte at a time, names and values split") << [&] {
        QList<QByteArray> bytes;
        for (const char c : answer)
            bytes.append(QByteArray(1, c));
        return bytes;
    }() << false;
    QTest::newRow("cut in the body") << QList<QByteArray>{answer.chopped(2)} << true;
}

// What the client retries by (retry-after, retry-after-ms, x-should-retry) comes with the end.
void TestPlainHttpTransport::handsOnTheAnswersHeaders()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(bool, close);
    ScriptedServer server(QList<Answer>{Answer{pieces, close}, Answer{{Ok}}});
    net::PlainHttpTransport transport;
    const auto outcome = post(transport, server.port());
    QTRY_VERIFY(outcome->end.has_value());
    QCOMPARE(outcome->status, 429);
    const net::HttpHeaders &headers = outcome->end->headers;
    QCOMPARE(headers.value("retry-after"), QByteArray("1"));
    QCOMPARE(headers.value("retry-after-ms"), QByteArray("120"));
    QCOMPARE(headers.value("X-Should-Retry"), QByteArray("false"));
    QCOMPARE(headers.value("x-request-id"), QByteArray("req_1"));
    QCOMPARE(headers.value("content-length"), QByteArray("4"));
    // The next answer on a connection has only its own.
    const auto next = post(transport, server.port());
    QTRY_VERIFY(next->end.has_value());
    QCOMPARE(next->status, 200);
    QCOMPARE(next->end->headers.size(), 1);
    QVERIFY(!next->end->headers.contains("retry-after"));
}

void TestPlainHttpTransport::sendsTheRequestWhole()
{
    ScriptedServer server(QList<Answer>{});
    net::PlainHttpTransport transport;
    const auto outcome = post(transport, server.port());
    QTRY_VERIFY(outcome->end.has_value());
    QCOMPARE(server.requests().constFirst(), QByteArray("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:")
                                                 + QByteArray::number(server.port())
                                                 + "\r\nContent-Length: 14\r\n\r\n{\"model\": \"m\"}");
}

void TestPlainHttpTransport::reusesAKeptAliveConnection()
{
    ScriptedServer server(QList<Answer>{});
    net::PlainHttpTransport transport;
    for (int i = 0; i < 3; ++i) {
        const auto outcome = post(transport, server.port());
        QTRY_VERIFY(outcome->end.has_value());
        QCOMPARE(outcome->end->kind, net::ExchangeEnd::Kind::Complete);
        QCOMPARE(outcome->body, QByteArray("hello"));
    }
    QCOMPARE(server.accepted(), 1);
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(transport.connectionCount(), 1);
}

void TestPlainHttpTransport::replacesAConnectionClosedWhileIdle()
{
    ScriptedServer server(QList<Answer>{Answer{{Ok}, true}});
    net::PlainHttpTransport transport;
    const auto first = post(transport, server.port());
    QTRY_VERIFY(first->end.has_value());
    QTRY_COMPARE(server.open(), 0);
    const auto second = post(transport, server.port());
    QTRY_VERIFY(second->end.has_value());
    QCOMPARE(second->end->kind, net::ExchangeEnd::Kind::Complete);
    QCOMPARE(server.accepted(), 2);
    QCOMPARE(server.requests().size(), 2);
}

void TestPlainHttpTransport::retriesWhenAReusedConnectionDropsTheRequest()
{
    // The second request reaches a connection the server closes as it arrives: the race of
    // a server closing a kept-alive connection just as it is reused.
    ScriptedServer server(QList<Answer>{Answer{{Ok}}, Answer{{}, true}});
    net::PlainHttpTransport transport;
    const auto first = post(transport, server.port());
    QTRY_VERIFY(first->end.has_value());
    const auto second = post(transport, server.port());
    QTRY_VERIFY(second->end.has_value());
    QCOMPARE(second->end->kind, net::ExchangeEnd::Kind::Complete);
    QCOMPARE(second->body, QByteArray("hello"));
    QCOMPARE(server.accepted(), 2);
    QCOMPARE(server.requests().size(), 3);
}

void TestPlainHttpTransport::neverRetriesOnceTheAnswerStarted()
{
    ScriptedServer server(
        QList<Answer>{Answer{{Ok}}, Answer{{"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhel"}, true}});
    net::PlainHttpTransport transport;
    const auto first = post(transport, server.port());
    QTRY_VERIFY(first->end.has_value());
    const auto second = post(transport, server.port());
    QTRY_VERIFY(second->end.has_value());
    QCOMPARE(second->end->kind, net::ExchangeEnd::Kind::Cut);
    QCOMPARE(second->status, 200);
    QCOMPARE(server.accepted(), 1);
    QCOMPARE(server.requests().size(), 2);
}

void TestPlainHttpTransport::streamsEventsAcrossChunkBoundaries()
{
    // Each event is split across HTTP chunks, and each chunk is its own write.
    ScriptedServer server(QList<Answer>{Answer{{"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                                                "Transfer-Encoding: chunked\r\n\r\n",
                                                "7\r\ndata: o\r\n", "8\r\nne\n\ndata\r\n", "8\r\n: two\n\nd\r\n",
                                                "b\r\nata: [DONE]\r\n", "2\r\n\n\n\r\n", "0\r\n\r\n"},
                                               false,
                                               100}});
    net::PlainHttpTransport transport;
    net::SseParser parser;
    QList<QByteArray> events;
    int eventsBeforeEnd = -1;
    bool ended = false;
    net::PlainHttpTransport::Handlers handlers;
    handlers.onBody = [&](int, const QByteArray &body) {
        for (const net::SseEvent &event : parser.feed(body))
            events.append(event.data);
    };
    handlers.onEnd = [&](int, const net::ExchangeEnd &end) {
        QCOMPARE(end.kind, net::ExchangeEnd::Kind::Complete);
        eventsBeforeEnd = int(events.size());
        ended = true;
    };
    transport.post(QStringLiteral("127.0.0.1"), server.port(), "POST / HTTP/1.1", {}, 5000, std::move(handlers));
    QTRY_VERIFY(!events.isEmpty() || ended);
    QVERIFY(!ended); // the first event arrives while the stream still runs
    QTRY_VERIFY(ended);
    QCOMPARE(events, (QList<QByteArray>{"one", "two", "[DONE]"}));
    QCOMPARE(eventsBeforeEnd, 3);
}

void TestPlainHttpTransport::refusedConnection_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<net::ExchangeEnd::Kind>("kind");
    QTest::newRow("address") << QStringLiteral("127.0.0.1") << net::ExchangeEnd::Kind::ConnectionRefused;
    QTest::newRow("name") << QStringLiteral("localhost") << net::ExchangeEnd::Kind::ConnectionRefused;
    QTest::newRow("a name that cannot be") << QStringLiteral("no such host") << net::ExchangeEnd::Kind::Cut;
}

// Nobody listens, or there is nobody to listen: the exchange ends from the event loop, with
// no status, and leaves no connection behind.
void TestPlainHttpTransport::refusedConnection()
{
    QFETCH(QString, host);
    QFETCH(net::ExchangeEnd::Kind, kind);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    net::PlainHttpTransport transport;
    const auto outcome = post(transport, closedPort, 5000, host);
    QVERIFY(!outcome->end.has_value());
    QTRY_VERIFY_WITH_TIMEOUT(outcome->end.has_value(), 10000);
    QCOMPARE(outcome->end->kind, kind);
    QVERIFY(!outcome->end->description.isEmpty());
    QCOMPARE(outcome->status, 0);
    QCOMPARE(transport.connectionCount(), 0);
}

void TestPlainHttpTransport::timesOutWhenNoByteArrives()
{
    ScriptedServer server(QList<Answer>{Answer{{"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhe"}}});
    net::PlainHttpTransport transport;
    const auto outcome = post(transport, server.port(), 200);
    QTRY_VERIFY(outcome->end.has_value());
    QCOMPARE(outcome->end->kind, net::ExchangeEnd::Kind::Timeout);
    QCOMPARE(outcome->body, QByteArray("he"));
    QCOMPARE(transport.connectionCount(), 0); // a half-read answer spoils the connection
}

void TestPlainHttpTransport::aTrickleIsNoTimeout()
{
    // 600 ms in all, never 200 ms without a byte.
    QList<QByteArray> trickle{"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"};
    for (const char c : QByteArray("hello"))
        trickle.append(QByteArray(1, c));
    ScriptedServer server(QList<Answer>{Answer{trickle, false, 100}});
    net::PlainHttpTransport transport;
    const auto outcome = post(transport, server.port(), 200);
    QTRY_VERIFY(outcome->end.has_value());
    QCOMPARE(outcome->end->kind, net::ExchangeEnd::Kind::Complete);
    QCOMPARE(outcome->body, QByteArray("hello"));
}

void TestPlainHttpTransport::keepsWithinMaxConnections()
{
    QList<Answer> slow;
    for (int i = 0; i < 12; ++i)
        slow.append(Answer{{"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", "hello"}, false, 50});
    ScriptedServer server(slow);
    net::PlainHttpTransport transport;
    transport.setMaxConnections(3);
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 12; ++i)
        outcomes.append(post(transport, server.port()));
    QTRY_VERIFY(
        std::all_of(outcomes.cbegin(), outcomes.cend(), [](const auto &outcome) { return outcome->end.has_value(); }));
    for (const auto &outcome : std::as_const(outcomes))
        QCOMPARE(outcome->end->kind, net::ExchangeEnd::Kind::Complete);
    QCOMPARE(server.accepted(), 3);
    QCOMPARE(server.mostOpen(), 3);
}

void TestPlainHttpTransport::cancelDropsTheExchange()
{
    ScriptedServer server(QList<Answer>{Answer{}, Answer{}});
    net::PlainHttpTransport transport;
    int handlerCalls = 0;
    const net::PlainHttpTransport::ExchangeId id = postCounted(transport, server.port(), 100, &handlerCalls);
    QTRY_COMPARE(server.requests().size(), 1);
    transport.cancel(id);
    QCOMPARE(transport.connectionCount(), 0);
    QTRY_COMPARE(server.open(), 0);
    // A later exchange with the same time-out, left unanswered: once it has timed out, so
    // would the dropped one have, had it stayed.
    const auto later = post(transport, server.port(), 100);
    QTRY_VERIFY(later->end.has_value());
    QCOMPARE(later->end->kind, net::ExchangeEnd::Kind::Timeout);
    QCOMPARE(handlerCalls, 0);
}

// Addresses connect on the transport's own socket; a name goes through Qt's lookup.
void TestPlainHttpTransport::reachesTheServerByAddressOrName_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QHostAddress>("listenOn");
    QTest::newRow("IPv4 address") << QStringLiteral("127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("IPv6 address") << QStringLiteral("::1") << QHostAddress(QHostAddress::LocalHostIPv6);
    QTest::newRow("name") << QStringLiteral("localhost") << QHostAddress(QHostAddress::Any);
    // A name's addresses are tried in turn, should one of them refuse.
    QTest::newRow("name, served on IPv4 only") << QStringLiteral("localhost") << QHostAddress(QHostAddress::LocalHost);
}

void TestPlainHttpTransport::reachesTheServerByAddressOrName()
{
    QFETCH(QString, host);
    QFETCH(QHostAddress, listenOn);
    ScriptedServer server(QList<Answer>{Answer{{Ok}}}, listenOn);
    QVERIFY(server.isListening());
    net::PlainHttpTransport transport;
    const auto outcome = post(transport, server.port(), 5000, host);
    QTRY_VERIFY(outcome->end.has_value());
    QCOMPARE(outcome->end->kind, net::ExchangeEnd::Kind::Complete);
    QCOMPARE(outcome->status, 200);
    QCOMPARE(outcome->body, QByteArray("hello"));
    QCOMPARE(server.requests().size(), 1);
}

// A connection the kernel cannot finish at once (here: the listener's queue is full, so the
// SYN is sent again a second later) is watched until it is up; then the request goes out.
void TestPlainHttpTransport::waitsForAConnectionUnderWay()
{
    ScriptedServer server(QList<Answer>{Answer{{Ok}}}, QHostAddress::LocalHost, 0);
    const std::vector<int> fillers = fillAcceptQueue(server.port());
    net::PlainHttpTransport transport;
    const auto outcome = post(transport, server.port(), 10000);
    QCOMPARE(transport.connectionCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(outcome->end.has_value(), 10000);
    QCOMPARE(outcome->end->kind, net::ExchangeEnd::Kind::Complete);
    QCOMPARE(outcome->body, QByteArray("hello"));
    QCOMPARE(server.requests().size(), 1);
    for (const int fd : fillers)
        ::close(fd);
}

// Dropping an exchange whose connection is still under way closes that socket too.
void TestPlainHttpTransport::cancelWhileConnectingClosesTheSocket()
{
    ScriptedServer server(QList<Answer>{}, QHostAddress::LocalHost, 0);
    const std::vector<int> fillers = fillAcceptQueue(server.port());
    const int before = openDescriptors();
    net::PlainHttpTransport transport;
    int handlerCalls = 0;
    const net::PlainHttpTransport::ExchangeId id = postCounted(transport, server.port(), 5000, &handlerCalls);
    QCOMPARE(openDescriptors(), before + 1);
    transport.cancel(id);
    QCOMPARE(transport.connectionCount(), 0);
    QTRY_COMPARE(openDescriptors(), before);
    // The server takes the second filler once its SYN is sent again: by then the cancelled
    // socket's SYN, dropped with it, would have been sent again too, had the socket stayed.
    QTRY_COMPARE_WITH_TIMEOUT(server.accepted(), 2, 10000);
    QCOMPARE(handlerCalls, 0);
    QCOMPARE(server.requests().size(), 0);
    for (const int fd : fillers)
        ::close(fd);
}

QTEST_GUILESS_MAIN(TestPlainHttpTransport)
#include "tst_plainhttptransport.moc"
