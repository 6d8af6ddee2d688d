// net::HttpServer end to end. The input arrives on a real socket, one end of an AF_UNIX
// socketpair, at the same HttpConnection the server creates for every client it accepts; it
// goes through http-parser, the size limits, routing and the bearer-token check to handlers of
// the API's shapes (answering at once, later, by a stream, by throwing, or not at all).
// Whatever the bytes, the server's output must be a well-formed sequence of HTTP/1.1
// responses, one per request at most, and the connection must go once the client has gone.
#include "FuzzCheck.h"

#include "net/HttpConnection.h"
#include "net/HttpServer.h"
#include "net/TcpStream.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <http_parser.h>

#include <cerrno>
#include <cstdint>
#include <stdexcept>

#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

using net::HttpRequest;
using net::HttpResponse;
using net::Responder;
using net::RouteAccess;

namespace {

constexpr int kMaxTurns = 20000;
const QByteArray kToken = QByteArrayLiteral("fuzz-token");

// Echoes what routing and parsing made of the request, including a header the client chose,
// so that client bytes reach the response writer's header and JSON escaping.
void echo(const net::HttpRequest &request, const net::Responder &responder)
{
    QJsonObject parameters;
    for (auto it = request.pathParameters().cbegin(); it != request.pathParameters().cend(); ++it)
        parameters.insert(it.key(), it.value());
    const QJsonObject body{
        {QStringLiteral("method"), QString::fromLatin1(request.method())},
        {QStringLiteral("path"), request.path()},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("query"), request.query().toString(QUrl::FullyDecoded)},
        {QStringLiteral("user_id"), QString::fromUtf8(request.header("X-User-Id"))},
        {QStringLiteral("body_bytes"), request.body().size()},
    };
    net::HttpResponse response = net::HttpResponse::json(200, body);
    response.setHeader(QByteArrayLiteral("X-Echo-User-Id"), request.header("X-User-Id"));
    responder.send(response);
}

net::HttpServer &httpServer()
{
    static net::HttpServer *const s = [] {
        auto *srv = new net::HttpServer;
        srv->setBearerToken(kToken);
        // Small limits, so that inputs of a few KiB reach them.
        srv->setMaxBodySize(4096);
        srv->setMaxHeaderSize(2048);
        srv->setMaxHeaderCount(16);
        const auto add = [srv](const char *method, const char *pattern, net::RouteHandler handler,
                               net::RouteAccess access = net::RouteAccess::TokenRequired) {
            FUZZ_CHECK(srv->addRoute(QByteArray(method), QLatin1String(pattern), std::move(handler), access));
        };
        add(
            "GET", "/healthz",
            [](const net::HttpRequest &, net::Responder r) {
                r.send(net::HttpResponse::text(200, QByteArrayLiteral("ok\n")));
            },
            net::RouteAccess::Public);
        add("GET", "/documents", echo);
        add("POST", "/documents", echo);
        add("GET", "/documents/{id}", echo);
        add("GET", "/documents/new", echo);
        add("POST", "/documents/{id}/append", echo);
        add("GET", "/use-cases/{name}/instances", echo);
        add("PUT", "/instrumentation", echo);
        add("GET", "/events", echo);
        add("POST", "/later", [](const net::HttpRequest &request, net::Responder r) {
            QTimer::singleShot(0, [request, r] { echo(request, r); });
        });
        add("POST", "/sim/v1/chat/completions", [](const net::HttpRequest &request, net::Responder r) {
            const net::SseWriter stream = r.startEventStream();
            stream.sendEvent(request.body(), request.header("X-Event"), request.header("X-Id"));
            stream.sendComment(request.header("X-Comment"));
            stream.sendEvent(QByteArrayView("[DONE]"));
            stream.end();
        });
        add("GET", "/throws",
            [](const net::HttpRequest &, net::Responder) { throw std::runtime_error("handler failure"); });
        add("GET", "/unanswered", [](const net::HttpRequest &, net::Responder) {});
        return srv;
    }();
    return *s;
}

// The methods of the complete requests in `input`, in order, as http-parser reads them.
QList<int> requestMethods(QByteArrayView input)
{
    struct State
    {
        QList<int> methods;
    } state;
    http_parser_settings settings;
    http_parser_settings_init(&settings);
    settings.on_message_complete = [](http_parser *p) {
        static_cast<State *>(p->data)->methods.append(int(p->method));
        return 0;
    };
    http_parser parser;
    http_parser_init(&parser, HTTP_REQUEST);
    parser.data = &state;
    http_parser_execute(&parser, &settings, input.data(), size_t(input.size()));
    return state.methods;
}

// Parses the server's output as responses to requests with `methods`, ending at `eof`.
// Returns the number of final (non-1xx) responses, or -1 when the output is malformed.
int countResponses(const QByteArray &output, const QList<int> &methods)
{
    struct State
    {
        const QList<int> *methods;
        int finals = 0;
    } state{&methods};
    http_parser_settings settings;
    http_parser_settings_init(&settings);
    settings.on_headers_complete = [](http_parser *p) {
        const State &s = *static_cast<State *>(p->data);
        // An answer to HEAD carries no body; refusals (400, 408, 413, 431) always do.
        const bool refusal =
            p->status_code == 400 || p->status_code == 408 || p->status_code == 413 || p->status_code == 431;
        const bool toHead = s.finals < s.methods->size() && s.methods->at(s.finals) == HTTP_HEAD;
        return toHead && !refusal && p->status_code >= 200 ? 1 : 0;
    };
    settings.on_message_complete = [](http_parser *p) {
        if (p->status_code >= 200)
            ++static_cast<State *>(p->data)->finals;
        return 0;
    };
    http_parser parser;
    http_parser_init(&parser, HTTP_RESPONSE);
    parser.data = &state;
    const size_t parsed = http_parser_execute(&parser, &settings, output.constData(), size_t(output.size()));
    if (HTTP_PARSER_ERRNO(&parser) != HPE_OK || parsed != size_t(output.size()))
        return -1;
    http_parser_execute(&parser, &settings, nullptr, 0); // end of stream
    if (HTTP_PARSER_ERRNO(&parser) != HPE_OK)
        return -1;
    return state.finals;
}

void pumpEvents()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

qsizetype writeSome(int fd, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return 0;
    const ssize_t n = ::send(fd, bytes.data(), size_t(bytes.size()), MSG_NOSIGNAL);
    FUZZ_CHECK(n >= 0 || errno == EAGAIN);
    return n > 0 ? n : 0;
}

void readAvailable(int fd, QByteArray *into)
{
    char buffer[16384];
    ssize_t n = 0;
    while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0)
        into->append(buffer, n);
}

int unreadBytes(int fd)
{
    int n = 0;
    FUZZ_CHECK(::ioctl(fd, FIONREAD, &n) == 0);
    return n;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Lives as long as the process: the server and its sockets need it until the very end.
    static QCoreApplication *const app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app)
    // The server logs every refused request and every failing handler; here they are the
    // point, and at fuzzing rates the log is only noise.
    QLoggingCategory::setFilterRules(QStringLiteral("costbench.server.http=false"));
    httpServer();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static quint64 connectionId = 0;
    net::HttpServer &srv = httpServer();
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    int fds[2];
    FUZZ_CHECK(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) == 0);
    const int client = fds[1];
    auto *socket = new net::TcpStream(fds[0]);
    const QPointer<net::HttpConnection> connection = new net::HttpConnection(socket, ++connectionId, srv, &srv);

    // Send everything, then wait until the server has nothing left to read, answer or write.
    qsizetype sent = 0;
    QByteArray output;
    for (int turn = 0; turn < kMaxTurns; ++turn) {
        sent += writeSome(client, input.sliced(sent));
        pumpEvents();
        readAvailable(client, &output);
        if (!connection)
            break;
        const bool quiet = sent == input.size() && unreadBytes(fds[0]) == 0 && socket->bytesToWrite() == 0
                           && srv.requestsInFlight() == 0;
        if (quiet)
            break;
    }
    readAvailable(client, &output);
    ::close(client);

    // The client has gone: the connection must follow.
    for (int turn = 0; turn < kMaxTurns && connection; ++turn)
        pumpEvents();
    FUZZ_CHECK(connection.isNull());
    FUZZ_CHECK(srv.requestsInFlight() == 0);

    const QList<int> methods = requestMethods(input);
    const int responses = countResponses(output, methods);
    FUZZ_CHECK(responses >= 0);                      // well-formed HTTP/1.1 responses
    FUZZ_CHECK(responses <= methods.size() + 1);     // one per request, plus one refusal
    FUZZ_CHECK(methods.isEmpty() || responses >= 1); // a complete request is answered
    FUZZ_CHECK(output.isEmpty() || output.startsWith("HTTP/1.1 "));
    return 0;
}
