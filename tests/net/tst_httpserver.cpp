#include "base/Handoff.h"
#include "net/HttpServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

struct ParsedResponse
{
    int status = 0;
    net::HttpHeaders headers;
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const
    {
        return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
};

// A client that writes raw bytes and reads responses framed by Content-Length (or none, for
// 1xx/204/304). Streams are read through received().
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    QTcpSocket &socket() { return m_socket; }
    const QByteArray &received() const { return m_received; }

    // Removes the first complete response from what has arrived, if there is one.
    std::optional<ParsedResponse> takeResponse()
    {
        const qsizetype headEnd = m_received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return std::nullopt;
        const QList<QByteArray> lines = m_received.first(headEnd).split('\n');
        ParsedResponse response;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        response.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            response.headers.add(lines[i].first(colon).trimmed(), lines[i].sliced(colon + 1).trimmed());
        }
        const qsizetype length = response.headers.value("Content-Length").toLongLong();
        if (m_received.size() < headEnd + 4 + length)
            return std::nullopt;
        response.body = m_received.sliced(headEnd + 4, length);
        m_received.remove(0, headEnd + 4 + length);
        return response;
    }

    bool waitForResponse(ParsedResponse &response, int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [&] {
                std::optional<ParsedResponse> next = takeResponse();
                if (next)
                    response = *next;
                return next.has_value();
            },
            timeoutMs);
    }

    bool waitForDisconnect(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

// Counts the logged messages that contain a text, passing every message on to the handler
// installed before it (QTest's, which QTest::ignoreMessage() relies on).
class LogWatch
{
public:
    explicit LogWatch(const QString &text)
    {
        s_text = text;
        s_seen = 0;
        s_previous = qInstallMessageHandler(&LogWatch::handle);
    }
    ~LogWatch() { qInstallMessageHandler(s_previous); }
    LogWatch(const LogWatch &) = delete;
    LogWatch &operator=(const LogWatch &) = delete;

    int seen() const { return s_seen.load(); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (message.contains(s_text))
            ++s_seen;
        s_previous(type, context, message);
    }

    static inline QString s_text;
    static inline std::atomic<int> s_seen{0};
    static inline QtMessageHandler s_previous = nullptr;
};

QByteArray get(const QByteArray &path, const QByteArray &extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n" + extraHeaders + "\r\n";
}

net::HttpResponse named(const QString &name)
{
    return net::HttpResponse::json(200, QJsonObject{{QStringLiteral("name"), name}});
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusesBadRequests_data();
    void refusesBadRequests();
    void routesByPattern_data();
    void routesByPattern();
    void rejectsMalformedPatterns_data();
    void rejectsMalformedPatterns();
    void handsRequestFieldsToHandler();
    void listenReportsPortInUse();
    void acceptsAgainOnceDescriptorsAreFree();
    void sharedPortSpreadsConnectionsOverThreads();
    void keepAliveReusesConnection();
    void closesIdleConnection();
    void answersContinueBeforeBody();
    void answersPipelinedRequestsInOrder();
    void answersAfterHandlerReturned();
    void droppedResponderAnswers500();
    void throwingHandlerAnswers500();
    void clientGoneBeforeAnswerIsHarmless();
    void answersFromAnotherThread();
    void streamsServerSentEvents();
    void streamsCloseDelimitedOnHttp10();
    void holdsThousandConcurrentRequests();

private:
    std::unique_ptr<net::HttpServer> m_server;
    QList<net::Responder> m_held;
    net::SseWriter m_writer;
    QStringList m_handled;
};

void TestHttpServer::init()
{
    m_server = std::make_unique<net::HttpServer>();
    // Long enough for a 1 MiB body under ThreadSanitizer, short enough for the stall rows.
    m_server->setRequestTimeout(1000ms);
    m_server->setIdleTimeout(10s);
    m_handled.clear();

    const auto json = [](const QJsonObject &object) { return net::HttpResponse::json(200, object); };
    QVERIFY(m_server->addRoute("GET", QStringLiteral("/hello"), [](const net::HttpRequest &, net::Responder r) {
        r.send(named(QStringLiteral("hello")));
    }));
    QVERIFY(m_server->addRoute(
        "GET", QStringLiteral("/healthz"),
        [json](const net::HttpRequest &, net::Responder r) {
            r.send(json({{QStringLiteral("status"), QStringLiteral("ok")}}));
        },
        net::RouteAccess::Public));
    const net::RouteHandler echo = [json](const net::HttpRequest &request, net::Responder r) {
        r.send(json({
            {QStringLiteral("method"), QString::fromLatin1(request.method())},
            {QStringLiteral("path"), request.path()},
            {QStringLiteral("y"), request.query().queryItemValue(QStringLiteral("y"))},
            {QStringLiteral("user"), QString::fromUtf8(request.header("x-user-id"))},
            {QStringLiteral("body"), QString::fromUtf8(request.body())},
            {QStringLiteral("remote"), request.remoteAddress().toString()},
            {QStringLiteral("request"), qint64(request.requestId())},
            {QStringLiteral("connection"), qint64(request.connectionId())},
        }));
    };
    QVERIFY(m_server->addRoute("GET", QStringLiteral("/echo"), echo));
    QVERIFY(m_server->addRoute("POST", QStringLiteral("/echo"), echo));
    const net::RouteHandler document = [json](const net::HttpRequest &request, net::Responder r) {
        r.send(json({{QStringLiteral("id"), request.pathParameter(QStringLiteral("id"))},
                     {QStringLiteral("route"), QStringLiteral("document")}}));
    };
    QVERIFY(m_server->addRoute("GET", QStringLiteral("/documents/{id}"), document));
    QVERIFY(m_server->addRoute("POST", QStringLiteral("/documents/{id}/append"), document));
    QVERIFY(
        m_server->addRoute("GET", QStringLiteral("/documents/new"), [json](const net::HttpRequest &, net::Responder r) {
            r.send(json({{QStringLiteral("route"), QStringLiteral("new")}}));
        }));
    QVERIFY(m_server->addRoute("GET", QStringLiteral("/held"),
                               [this](const net::HttpRequest &, net::Responder r) { m_held.append(r); }));
    QVERIFY(m_server->addRoute("GET", QStringLiteral("/dropped"), [](const net::HttpRequest &, net::Responder) {}));
    QVERIFY(m_server->addRoute("GET", QStringLiteral("/throws"), [](const net::HttpRequest &, net::Responder) -> void {
        throw std::runtime_error("handler failure");
    }));
    QVERIFY(m_server->addRoute("GET", QStringLiteral("/slow"), [this](const net::HttpRequest &, net::Responder r) {
        m_handled.append(QStringLiteral("slow"));
        QTimer::singleShot(200ms, m_server.get(), [r] { r.send(named(QStringLiteral("slow"))); });
    }));
    QVERIFY(m_server->addRoute("GET", QStringLiteral("/fast"), [this](const net::HttpRequest &, net::Responder r) {
        m_handled.append(QStringLiteral("fast"));
        r.send(named(QStringLiteral("fast")));
    }));
    QVERIFY(m_server->addRoute("GET", QStringLiteral("/events"), [this](const net::HttpRequest &, net::Responder r) {
        m_writer = r.startEventStream({{"X-Stream", "test"}});
    }));

    const std::optional<net::HttpServer::ListenError> error = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QVERIFY(m_server->serverPort() != 0);
}

void TestHttpServer::cleanup()
{
    m_held.clear();
    m_writer = net::SseWriter();
    m_server.reset();
}

void TestHttpServer::refusesBadRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<QByteArray>("header");

    const QByteArray post = "POST /echo HTTP/1.1\r\nHost: test\r\n";
    QByteArray manyHeaders;
    for (int i = 0; i <= 100; ++i)
        manyHeaders += "X-Field-" + QByteArray::number(i) + ": v\r\n";
    const QByteArray hugeChunk = QByteArray(1024 * 1024 + 1, 'x');

    QTest::newRow("malformed request line")
        << QByteArray("NOT HTTP AT ALL\r\n\r\n") << QByteArray() << 400 << "bad_request" << true << QByteArray();
    QTest::newRow("malformed version") << QByteArray("GET /hello HTTP/1.x\r\n\r\n") << QByteArray() << 400
                                       << "bad_request" << true << QByteArray();
    QTest::newRow("malformed header") << get("/hello", "Bad Header: x\r\n") << QByteArray() << 400 << "bad_request"
                                      << true << QByteArray();
    QTest::newRow("control character in a header value (fuzz regression)")
        << get("/hello", "X-User-Id:\x1b"
                         "b\r\n")
        << QByteArray() << 400 << "bad_request" << true << QByteArray();
    QTest::newRow("chunked and content-length together")
        << post + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
        << QByteArray() << 400 << "bad_request" << true << QByteArray();
    QTest::newRow("content-length over limit, body never sent")
        << post + "Content-Length: 1048577\r\n\r\n"
        << QByteArray() << 413 << "payload_too_large" << true << QByteArray();
    QTest::newRow("chunked body over limit")
        << post + "Transfer-Encoding: chunked\r\n\r\n100001\r\n" + hugeChunk + "\r\n0\r\n\r\n"
        << QByteArray() << 413 << "payload_too_large" << true << QByteArray();
    QTest::newRow("headers over 16 KiB") << get("/hello", "X-Big: " + QByteArray(17 * 1024, 'a') + "\r\n")
                                         << QByteArray() << 431 << "headers_too_large" << true << QByteArray();
    QTest::newRow("more than 100 headers")
        << get("/hello", manyHeaders) << QByteArray() << 431 << "headers_too_large" << true << QByteArray();
    QTest::newRow("stalled in headers") << QByteArray("GET /hello HTTP/1.1\r\nHost: test\r\n") << QByteArray() << 408
                                        << "request_timeout" << true << QByteArray();
    QTest::newRow("stalled in body") << post + "Content-Length: 10\r\n\r\nabc" << QByteArray() << 408
                                     << "request_timeout" << true << QByteArray();
    QTest::newRow("unknown route") << get("/nowhere") << QByteArray() << 404 << "not_found" << false << QByteArray();
    QTest::newRow("wrong method") << QByteArray("DELETE /echo HTTP/1.1\r\nHost: test\r\n\r\n") << QByteArray() << 405
                                  << "method_not_allowed" << false << QByteArray("Allow: GET, POST");
    QTest::newRow("missing token") << get("/hello") << QByteArray("s3cret") << 401 << "unauthorized" << false
                                   << QByteArray("WWW-Authenticate: Bearer");
    QTest::newRow("wrong token") << get("/hello", "Authorization: Bearer s3cres\r\n") << QByteArray("s3cret") << 401
                                 << "unauthorized" << false << QByteArray();
    QTest::newRow("token as prefix") << get("/hello", "Authorization: Bearer s3cret2\r\n") << QByteArray("s3cret")
                                     << 401 << "unauthorized" << false << QByteArray();
    QTest::newRow("wrong scheme") << get("/hello", "Authorization: Basic s3cret\r\n") << QByteArray("s3cret") << 401
                                  << "unauthorized" << false << QByteArray();
    QTest::newRow("right token") << get("/hello", "authorization: bearer s3cret\r\n") << QByteArray("s3cret") << 200
                                 << QString() << false << QByteArray("Content-Type: application/json");
    QTest::newRow("public route without token")
        << get("/healthz") << QByteArray("s3cret") << 200 << QString() << false << QByteArray();
    QTest::newRow("HTTP/1.0 closes") << QByteArray("GET /hello HTTP/1.0\r\n\r\n") << QByteArray() << 200 << QString()
                                     << true << QByteArray("Connection: close");
    QTest::newRow("upgrade request closes after answer")
        << get("/hello", "Connection: Upgrade\r\nUpgrade: websocket\r\n") << QByteArray() << 200 << QString() << true
        << QByteArray("Connection: close");
    QTest::newRow("HTTP/1.0 keep-alive") << QByteArray("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                                         << QByteArray() << 200 << QString() << false
                                         << QByteArray("Connection: keep-alive");
    QTest::newRow("Connection: close honoured") << get("/hello", "Connection: close\r\n") << QByteArray() << 200
                                                << QString() << true << QByteArray("Connection: close");
}

void TestHttpServer::refusesBadRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, closes);
    QFETCH(QByteArray, header);

    m_server->setBearerToken(token);
    RawClient client(m_server->serverPort());
    client.send(request);
    ParsedResponse response;
    QVERIFY(client.waitForResponse(response));
    QCOMPARE(response.status, status);
    QCOMPARE(response.errorCode(), code);
    if (!code.isEmpty()) {
        QCOMPARE(response.headers.value("Content-Type"), QByteArray("application/json"));
        QVERIFY(!response.json()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString()
                     .isEmpty());
        QVERIFY2(response.body.size() < 256, "an error never echoes the request");
    }
    if (!header.isEmpty()) {
        const qsizetype colon = header.indexOf(':');
        QCOMPARE(response.headers.value(header.first(colon)), header.sliced(colon + 2));
    }
    if (closes) {
        QVERIFY(client.waitForDisconnect());
    } else {
        client.send(get("/healthz"));
        QVERIFY(client.waitForResponse(response));
        QCOMPARE(response.status, 200);
    }
}

void TestHttpServer::routesByPattern_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("id");

    QTest::newRow("parameter") << get("/documents/d-42") << "document"
                               << "d-42";
    QTest::newRow("literal beats parameter") << get("/documents/new") << "new" << QString();
    QTest::newRow("encoded slash stays in segment") << get("/documents/a%2Fb%20c") << "document"
                                                    << "a/b c";
    QTest::newRow("encoded literal is the literal") << get("/documents/%6Eew") << "new" << QString();
    QTest::newRow("encoded UTF-8 in parameter")
        << get("/documents/caf%C3%A9") << "document" << QStringLiteral(u"caf\u00e9");
    QTest::newRow("nested parameter") << QByteArray(
        "POST /documents/7/append HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n")
                                      << "document"
                                      << "7";
}

void TestHttpServer::routesByPattern()
{
    QFETCH(QByteArray, request);
    QFETCH(QString, route);
    QFETCH(QString, id);

    RawClient client(m_server->serverPort());
    client.send(request);
    ParsedResponse response;
    QVERIFY(client.waitForResponse(response));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(QLatin1String("route")).toString(), route);
    QCOMPARE(response.json().value(QLatin1String("id")).toString(), id);
}

void TestHttpServer::rejectsMalformedPatterns_data()
{
    QTest::addColumn<QString>("pattern");

    QTest::newRow("relative") << "hello";
    QTest::newRow("unclosed brace") << "/documents/{id";
    QTest::newRow("brace inside segment") << "/documents/x{id}";
    QTest::newRow("parameter twice") << "/a/{id}/{id}";
    QTest::newRow("already registered") << "/hello";
    QTest::newRow("same shape as registered") << "/documents/{name}";
}

void TestHttpServer::rejectsMalformedPatterns()
{
    QFETCH(QString, pattern);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("route not added")));
    QVERIFY(!m_server->addRoute("GET", pattern, [](const net::HttpRequest &, net::Responder) {}));
}

void TestHttpServer::handsRequestFieldsToHandler()
{
    RawClient client(m_server->serverPort());
    client.send("POST /echo?x=1&y=a%20b HTTP/1.1\r\nHost: test\r\nX-USER-ID: u-7\r\n"
                "Content-Length: 11\r\n\r\nhello world");
    ParsedResponse response;
    QVERIFY(client.waitForResponse(response));
    QCOMPARE(response.status, 200);
    const QJsonObject echo = response.json();
    QCOMPARE(echo.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(echo.value(QLatin1String("path")).toString(), QStringLiteral("/echo"));
    QCOMPARE(echo.value(QLatin1String("y")).toString(), QStringLiteral("a b"));
    QCOMPARE(echo.value(QLatin1String("user")).toString(), QStringLiteral("u-7"));
    QCOMPARE(echo.value(QLatin1String("body")).toString(), QStringLiteral("hello world"));
    QCOMPARE(echo.value(QLatin1String("remote")).toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(echo.value(QLatin1String("request")).toInteger() > 0);
    QVERIFY(echo.value(QLatin1String("connection")).toInteger() > 0);
}

// Out of descriptors, the server leaves the client in the backlog for a while instead of
// spinning on a listener that stays readable, says so once, and serves the client as soon as
// a descriptor is free again.
void TestHttpServer::acceptsAgainOnceDescriptorsAreFree()
{
    const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_server->serverPort());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    const QByteArray request = get("/hello");
    QCOMPARE(::send(client, request.constData(), size_t(request.size()), 0), request.size());

    // Every descriptor the process may still open, taken.
    rlimit saved{};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &saved), 0);
    const int lowest = ::dup(0);
    ::close(lowest);
    rlimit low = saved;
    low.rlim_cur = rlim_t(lowest + 4);
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);
    std::vector<int> taken;
    for (int fd; (fd = ::dup(0)) >= 0;)
        taken.push_back(fd);
    QCOMPARE(errno, EMFILE);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot accept a connection")));
    const LogWatch refusals(QStringLiteral("cannot accept a connection"));
    const auto answered = [&] {
        char byte = 0;
        return ::recv(client, &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
    };
    // The server has tried to accept the client and the kernel refused it a descriptor.
    QTRY_COMPARE(refusals.seen(), 1);
    const bool answeredStarved = answered();
    for (const int fd : taken)
        ::close(fd);
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &saved), 0);
    QVERIFY(!answeredStarved);
    QTRY_VERIFY(answered());
    QCOMPARE(refusals.seen(), 1); // said once, however often it tried meanwhile
    char head[16] = {};
    QVERIFY(::recv(client, head, sizeof head - 1, 0) > 0);
    QVERIFY(QByteArray(head).startsWith("HTTP/1.1 200"));
    ::close(client);
}

void TestHttpServer::listenReportsPortInUse()
{
    net::HttpServer other;
    const std::optional<net::HttpServer::ListenError> error =
        other.listen(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(error);
    QCOMPARE(error->code, QAbstractSocket::AddressInUseError);
    QVERIFY2(error->message.contains(QString::number(m_server->serverPort())), qPrintable(error->message));
    QVERIFY(!other.isListening());

    const std::optional<net::HttpServer::ListenError> again = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(again);
    QVERIFY(again->message.contains(QLatin1String("already listening")));
}

void TestHttpServer::sharedPortSpreadsConnectionsOverThreads()
{
    // A port held the ordinary way cannot be shared.
    net::HttpServer intruder;
    const std::optional<net::HttpServer::ListenError> refused =
        intruder.listenShared(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(refused);
    QVERIFY2(refused->message.contains(QString::number(m_server->serverPort())), qPrintable(refused->message));

    // Two servers, each on its own thread, on one port: each answers with its thread's name.
    struct Shard
    {
        QThread thread;
        net::HttpServer *server = nullptr;
    };
    Shard shards[2];
    quint16 port = 0;
    for (int i = 0; i < 2; ++i) {
        Shard &shard = shards[i];
        shard.thread.setObjectName(QStringLiteral("shard-%1").arg(i));
        shard.thread.start();
        QObject anchor;
        anchor.moveToThread(&shard.thread);
        std::optional<net::HttpServer::ListenError> error;
        base::runOnAndWait(&anchor, [&] {
            shard.server = new net::HttpServer;
            shard.server->addRoute("GET", QStringLiteral("/who"), [](const net::HttpRequest &, net::Responder r) {
                r.send(named(QThread::currentThread()->objectName()));
            });
            error = shard.server->listenShared(QHostAddress::LocalHost, port);
        });
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        port = shard.server->serverPort();
        anchor.moveToThread(thread());
    }
    QSet<QString> answeredBy;
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 64; ++i) {
        clients.push_back(std::make_unique<RawClient>(port));
        clients.back()->send(get("/who"));
    }
    for (const auto &client : clients) {
        ParsedResponse response;
        QVERIFY(client->waitForResponse(response));
        answeredBy.insert(response.json().value(QLatin1String("name")).toString());
    }
    QCOMPARE(answeredBy, (QSet<QString>{QStringLiteral("shard-0"), QStringLiteral("shard-1")}));
    clients.clear();
    for (Shard &shard : shards) {
        base::runOnAndWait(shard.server, [server = shard.server] { delete server; });
        shard.thread.quit();
        QVERIFY(shard.thread.wait(5000));
    }
}

void TestHttpServer::keepAliveReusesConnection()
{
    RawClient client(m_server->serverPort());
    client.send(get("/echo"));
    ParsedResponse first;
    QVERIFY(client.waitForResponse(first));
    client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 2\r\n\r\nhi");
    ParsedResponse second;
    QVERIFY(client.waitForResponse(second));

    QCOMPARE(second.json().value(QLatin1String("body")).toString(), QStringLiteral("hi"));
    QCOMPARE(second.json().value(QLatin1String("connection")), first.json().value(QLatin1String("connection")));
    QVERIFY(second.json().value(QLatin1String("request")).toInteger()
            > first.json().value(QLatin1String("request")).toInteger());
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->openConnections(), 1);
    QCOMPARE(m_server->totalRequests(), 2);
    QCOMPARE(m_server->requestsInFlight(), 0);
}

void TestHttpServer::closesIdleConnection()
{
    m_server->setIdleTimeout(200ms);
    RawClient client(m_server->serverPort());
    client.send(get("/hello"));
    ParsedResponse response;
    QVERIFY(client.waitForResponse(response));
    QElapsedTimer idle;
    idle.start();
    QVERIFY(client.waitForDisconnect());
    QVERIFY(idle.elapsed() >= 150);
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestHttpServer::answersContinueBeforeBody()
{
    RawClient client(m_server->serverPort());
    client.send("POST /echo HTTP/1.1\r\nHost: test\r\nExpect: 100-continue\r\n"
                "Content-Length: 4\r\n\r\n");
    ParsedResponse interim;
    QVERIFY(client.waitForResponse(interim));
    QCOMPARE(interim.status, 100);
    client.send("body");
    ParsedResponse response;
    QVERIFY(client.waitForResponse(response));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(QLatin1String("body")).toString(), QStringLiteral("body"));
}

void TestHttpServer::answersPipelinedRequestsInOrder()
{
    RawClient client(m_server->serverPort());
    client.send(get("/slow") + get("/fast") + get("/hello"));

    // The first handler answers 200 ms later; nothing may overtake it.
    QTRY_COMPARE(m_handled, QStringList{QStringLiteral("slow")});
    QVERIFY(!client.takeResponse());

    QStringList names;
    for (int i = 0; i < 3; ++i) {
        ParsedResponse response;
        QVERIFY(client.waitForResponse(response));
        names.append(response.json().value(QLatin1String("name")).toString());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("slow"), QStringLiteral("fast"), QStringLiteral("hello")}));
    QCOMPARE(m_handled, (QStringList{QStringLiteral("slow"), QStringLiteral("fast")}));
    QCOMPARE(m_server->totalRequests(), 3);
}

void TestHttpServer::answersAfterHandlerReturned()
{
    RawClient client(m_server->serverPort());
    client.send(get("/held"));
    QTRY_COMPARE(m_held.size(), 1);
    QCOMPARE(m_server->requestsInFlight(), 1);
    QVERIFY(!m_held.first().isAnswered());
    QVERIFY(m_held.first().isConnected());
    QVERIFY(!client.takeResponse());

    QTimer::singleShot(0, this, [this] { m_held.first().send(named(QStringLiteral("late"))); });
    ParsedResponse response;
    QVERIFY(client.waitForResponse(response));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(QLatin1String("name")).toString(), QStringLiteral("late"));
    QVERIFY(m_held.first().isAnswered());
    QVERIFY2(!m_held.first().send(named(QStringLiteral("twice"))), "the first answer wins");
    QCOMPARE(m_server->requestsInFlight(), 0);
}

void TestHttpServer::droppedResponderAnswers500()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("dropped its responder")));
    RawClient client(m_server->serverPort());
    client.send(get("/dropped"));
    ParsedResponse response;
    QVERIFY(client.waitForResponse(response));
    QCOMPARE(response.status, 500);
    QCOMPARE(response.errorCode(), QStringLiteral("internal_error"));

    client.send(get("/hello"));
    QVERIFY(client.waitForResponse(response));
    QCOMPARE(response.status, 200);
}

void TestHttpServer::throwingHandlerAnswers500()
{
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("handler threw")));
    RawClient client(m_server->serverPort());
    client.send(get("/throws"));
    ParsedResponse response;
    QVERIFY(client.waitForResponse(response));
    QCOMPARE(response.status, 500);
    QCOMPARE(response.errorCode(), QStringLiteral("internal_error"));
}

void TestHttpServer::clientGoneBeforeAnswerIsHarmless()
{
    {
        RawClient client(m_server->serverPort());
        client.send(get("/held"));
        QTRY_COMPARE(m_held.size(), 1);
        QCOMPARE(m_server->requestsInFlight(), 1);
        client.socket().abort();
    }
    QTRY_COMPARE(m_server->openConnections(), 0);
    QCOMPARE(m_server->requestsInFlight(), 0);

    net::Responder &orphan = m_held.first();
    QVERIFY(!orphan.isConnected());
    QVERIFY(!orphan.send(named(QStringLiteral("nobody"))));
    QVERIFY(!orphan.startEventStream().isOpen());
    m_held.clear();
    QCOMPARE(m_server->totalRequests(), 1);
}

void TestHttpServer::answersFromAnotherThread()
{
    RawClient client(m_server->serverPort());
    client.send(get("/held"));
    QTRY_COMPARE(m_held.size(), 1);
    std::thread answering(
        [responder = m_held.takeFirst()]() mutable { responder.send(named(QStringLiteral("worker"))); });
    answering.join();
    ParsedResponse response;
    QVERIFY(client.waitForResponse(response));
    QCOMPARE(response.json().value(QLatin1String("name")).toString(), QStringLiteral("worker"));

    // Dropped on another thread: the 500 still reaches the client, written on the server's.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("dropped its responder")));
    client.send(get("/held"));
    QTRY_COMPARE(m_held.size(), 1);
    std::thread dropping([responder = m_held.takeFirst()] {});
    dropping.join();
    QVERIFY(client.waitForResponse(response));
    QCOMPARE(response.status, 500);
}

void TestHttpServer::streamsServerSentEvents()
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/events").arg(m_server->serverPort())));
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QByteArray received;
    connect(reply.get(), &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });

    QTRY_VERIFY(m_writer.isOpen());
    QCOMPARE(m_server->requestsInFlight(), 1);
    QByteArray expected;
    for (int i = 1; i <= 3; ++i) {
        const QByteArray number = QByteArray::number(i);
        QVERIFY(m_writer.sendEvent("token " + number + "\nsecond line", "delta", number));
        expected += "event: delta\nid: " + number + "\ndata: token " + number + "\ndata: second line\n\n";
        // Each event reaches the client before the next is written.
        QTRY_COMPARE(received, expected);
    }
    QVERIFY(m_writer.sendComment("keep-alive"));
    expected += ": keep-alive\n\n";
    QTRY_COMPARE(received, expected);
    // Events due at once go in one write, each as sendEvent() frames it.
    QVERIFY(m_writer.sendEvents({"four", "five\r\nlines"}));
    expected += "data: four\n\ndata: five\ndata: lines\n\n";
    QTRY_COMPARE(received, expected);
    QVERIFY(!reply->isFinished());

    m_writer.end();
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("text/event-stream"));
    QCOMPARE(reply->rawHeader("X-Stream"), QByteArray("test"));
    QVERIFY(!m_writer.isOpen());
    QVERIFY(!m_writer.sendEvent("late"));
    QCOMPARE(m_server->requestsInFlight(), 0);
}

void TestHttpServer::streamsCloseDelimitedOnHttp10()
{
    RawClient client(m_server->serverPort());
    client.send("GET /events HTTP/1.0\r\n\r\n");
    QTRY_VERIFY(m_writer.isOpen());
    QVERIFY(m_writer.sendEvent("one"));
    QTRY_VERIFY(client.received().endsWith("data: one\n\n"));
    QVERIFY(!client.received().contains("chunked"));
    QVERIFY(client.received().contains("Connection: close"));

    // Dropping the last writer ends the stream, which on HTTP/1.0 ends the connection.
    m_writer = net::SseWriter();
    QVERIFY(client.waitForDisconnect());
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestHttpServer::holdsThousandConcurrentRequests()
{
    constexpr int kClients = 1000;
    // The server runs on a thread of its own; the handler only parks each responder, and all
    // are answered later, once every request is in flight at the same time.
    QThread serverThread;
    auto *server = new net::HttpServer;
    auto parked = std::make_shared<QList<net::Responder>>();
    QVERIFY(server->addRoute("GET", QStringLiteral("/n/{i}"),
                             [parked](const net::HttpRequest &, net::Responder r) { parked->append(r); }));
    // Listen before the move: no result has to cross threads.
    QVERIFY(!server->listen(QHostAddress::LocalHost, 0));
    server->moveToThread(&serverThread);
    serverThread.start();

    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<RawClient>(server->serverPort()));
        clients.back()->send(get("/n/" + QByteArray::number(i)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(server->requestsInFlight(), kClients, 60000);
    QCOMPARE(server->openConnections(), kClients);

    base::postTo(server, [parked] {
        for (const net::Responder &responder : std::as_const(*parked)) {
            net::Responder r = responder;
            QTimer::singleShot(0, [r] { r.send(net::HttpResponse::text(200, "answered")); });
        }
        parked->clear();
    });
    int answered = 0;
    int answeredOk = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (std::unique_ptr<RawClient> &client : clients) {
                if (std::optional<ParsedResponse> response = client->takeResponse()) {
                    ++answered;
                    if (response->status == 200 && response->body == "answered")
                        ++answeredOk;
                }
            }
            return answered == kClients;
        },
        60000));
    QCOMPARE(answeredOk, kClients);
    QCOMPARE(server->requestsInFlight(), 0);
    QCOMPARE(server->totalRequests(), kClients);

    clients.clear();
    base::runOnAndWait(server, [server] { delete server; });
    serverThread.quit();
    QVERIFY(serverThread.wait());
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
