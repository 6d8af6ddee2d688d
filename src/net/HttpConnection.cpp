#include "net/HttpConnection.h"

#include "net/ConnectionLink.h"
#include "net/Exchange.h"
#include "net/HttpServer.h"
#include "net/Responder.h"

#include "net/TcpStream.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace net {

Q_LOGGING_CATEGORY(lcHttp, "costbench.server.http")

namespace {

// Bounds what a connection buffers ahead of the parser; beyond it TCP flow control holds the
// client back.
constexpr qint64 kReadBufferSize = 64 * 1024;
// Request line and each header line cost their text plus these separator bytes.
constexpr qint64 kHeaderLineOverhead = 4;

const char *reasonPhrase(int status)
{
    switch (status) {
#define COSTBENCH_REASON(num, name, string)                                                                            \
    case num:                                                                                                          \
        return #string;
        HTTP_STATUS_MAP(COSTBENCH_REASON)
#undef COSTBENCH_REASON
    }
    return "";
}

// The server frames every message itself; these fields from a handler would contradict it.
bool isFramingField(QByteArrayView name)
{
    return HttpHeaders::namesEqual(name, "Content-Length") || HttpHeaders::namesEqual(name, "Transfer-Encoding")
           || HttpHeaders::namesEqual(name, "Connection");
}

// RFC 9110 field values: no control characters but horizontal tab. http-parser lets some
// through (a value may start with one), and they would reach handlers, the ledger and any
// header a handler copies a value into.
bool isFieldValue(QByteArrayView value)
{
    return std::none_of(value.cbegin(), value.cend(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && u != '\t') || u == 0x7f;
    });
}

// A CR or LF in a field would let a handler's data inject headers or split the response.
bool isWellFormedField(const HttpHeaders::Field &field)
{
    return !field.first.isEmpty() && std::none_of(field.first.cbegin(), field.first.cend(), [](char c) {
        return c == '\0' || std::strchr(":\r\n \t", c);
    }) && isFieldValue(field.second);
}

// RFC 9110 token characters. Debian's http-parser is built lenient and lets e.g. a space
// through, which proxies may read differently (request smuggling); so names are checked here.
bool isToken(QByteArrayView name)
{
    static constexpr std::string_view kSymbols = "!#$%&'*+-.^_`|~";
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
               || kSymbols.find(c) != std::string_view::npos;
    });
}

} // namespace

HttpConnection::HttpConnection(TcpStream *socket, quint64 connectionId, HttpServer *server)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
    , m_link(std::make_shared<ConnectionLink>(this))
    , m_connectionId(connectionId)
{
    m_socket->setParent(this);
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
    connect(m_socket, &TcpStream::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &TcpStream::disconnected, this, &HttpConnection::onDisconnected);
    becomeIdle();
}

HttpConnection::~HttpConnection()
{
    m_link->sever();
    if (m_state == State::AwaitingAnswer || m_state == State::Streaming)
        m_server->requestFinished();
    m_server->connectionClosed();
}

void HttpConnection::deliver(quint64 exchangeId, const HttpResponse &response)
{
    if (exchangeId != m_exchangeId || m_state != State::AwaitingAnswer)
        return;
    writeResponse(response);
    finishExchange();
}

void HttpConnection::beginStream(quint64 exchangeId, const HttpHeaders &headers)
{
    if (exchangeId != m_exchangeId || m_state != State::AwaitingAnswer)
        return;
    m_state = State::Streaming;
    // Chunked framing keeps the connection reusable after the stream; HTTP/1.0 has no chunked
    // encoding, so there the end of the stream is the end of the connection.
    m_chunkedStream = !m_http10;
    if (!m_chunkedStream)
        m_keepAlive = false;
    HttpHeaders fields = headers;
    fields.set(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream"));
    if (!fields.contains("Cache-Control"))
        fields.set(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    QByteArray head = statusAndHeaders(200, fields);
    if (m_chunkedStream)
        head += "Transfer-Encoding: chunked\r\n";
    head += connectionField() + "\r\n";
    m_socket->write(head);
}

void HttpConnection::writeStream(quint64 exchangeId, const QByteArray &payload)
{
    if (exchangeId != m_exchangeId || m_state != State::Streaming || payload.isEmpty())
        return;
    if (m_chunkedStream)
        m_socket->write(QByteArray(QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n"));
    else
        m_socket->write(payload);
}

void HttpConnection::endStream(quint64 exchangeId)
{
    if (exchangeId != m_exchangeId || m_state != State::Streaming)
        return;
    if (m_chunkedStream)
        m_socket->write("0\r\n\r\n");
    finishExchange();
}

const http_parser_settings &HttpConnection::parserSettings()
{
    static const http_parser_settings settings = [] {
        http_parser_settings s;
        http_parser_settings_init(&s);
        s.on_message_begin = &HttpConnection::onMessageBegin;
        s.on_url = &HttpConnection::onUrl;
        s.on_header_field = &HttpConnection::onHeaderField;
        s.on_header_value = &HttpConnection::onHeaderValue;
        s.on_headers_complete = &HttpConnection::onHeadersComplete;
        s.on_body = &HttpConnection::onBody;
        s.on_message_complete = &HttpConnection::onMessageComplete;
        return s;
    }();
    return settings;
}

HttpConnection &HttpConnection::of(http_parser *parser)
{
    return *static_cast<HttpConnection *>(parser->data);
}

int HttpConnection::onMessageBegin(http_parser *parser)
{
    HttpConnection &c = of(parser);
    c.m_state = State::Reading;
    c.armTimer(c.m_server->requestTimeout());
    c.m_request = HttpRequest();
    c.m_headers = HttpHeaders();
    c.m_url.clear();
    c.m_field.clear();
    c.m_value.clear();
    c.m_body.clear();
    c.m_inValue = false;
    c.m_headerBytes = 0;
    c.m_headerCount = 0;
    c.m_rejection.reset();
    c.m_http10 = false;
    return 0;
}

int HttpConnection::onUrl(http_parser *parser, const char *at, size_t length)
{
    HttpConnection &c = of(parser);
    c.m_url.append(at, qsizetype(length));
    return c.countHeaderBytes(qint64(length)) ? 0 : -1;
}

int HttpConnection::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    HttpConnection &c = of(parser);
    if (c.m_inValue && !c.storeHeaderField())
        return -1;
    qint64 cost = qint64(length);
    if (c.m_field.isEmpty()) {
        if (++c.m_headerCount > c.m_server->maxHeaderCount()) {
            c.m_rejection = Rejection{431, QStringLiteral("headers_too_large"),
                                      QStringLiteral("more than %1 header fields").arg(c.m_server->maxHeaderCount())};
            return -1;
        }
        cost += kHeaderLineOverhead;
    }
    c.m_field.append(at, qsizetype(length));
    return c.countHeaderBytes(cost) ? 0 : -1;
}

int HttpConnection::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    HttpConnection &c = of(parser);
    c.m_inValue = true;
    c.m_value.append(at, qsizetype(length));
    return c.countHeaderBytes(qint64(length)) ? 0 : -1;
}

int HttpConnection::onHeadersComplete(http_parser *parser)
{
    HttpConnection &c = of(parser);
    if ((c.m_inValue && !c.storeHeaderField()) || !c.takeRequestTarget())
        return -1;
    c.m_request.setMethod(QByteArray(http_method_str(http_method(parser->method))));
    c.m_request.setHttpVersion(parser->http_major, parser->http_minor);
    c.m_http10 = parser->http_major == 1 && parser->http_minor == 0;
    c.m_request.setHeaders(c.m_headers);
    c.m_request.setRemoteAddress(c.m_socket->peerAddress());
    c.m_keepAlive = http_should_keep_alive(parser) != 0 && parser->upgrade == 0;
    c.m_headRequest = parser->method == HTTP_HEAD;

    const bool hasLength = (parser->flags & F_CONTENTLENGTH) != 0;
    const qint64 maxBody = c.m_server->maxBodySize();
    if (hasLength && parser->content_length > quint64(maxBody)) {
        // Refused on the headers alone: the body is never read.
        c.m_rejection = Rejection{413, QStringLiteral("payload_too_large"),
                                  QStringLiteral("the body exceeds %1 bytes").arg(maxBody)};
        return -1;
    }
    const bool expectsBody = (parser->flags & F_CHUNKED) || (hasLength && parser->content_length);
    if (expectsBody && parser->http_minor >= 1
        && c.m_headers.value("Expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
        c.m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    return 0;
}

int HttpConnection::onBody(http_parser *parser, const char *at, size_t length)
{
    HttpConnection &c = of(parser);
    const qint64 maxBody = c.m_server->maxBodySize();
    if (c.m_body.size() + qint64(length) > maxBody) {
        c.m_rejection = Rejection{413, QStringLiteral("payload_too_large"),
                                  QStringLiteral("the body exceeds %1 bytes").arg(maxBody)};
        return -1;
    }
    c.m_body.append(at, qsizetype(length));
    return 0;
}

int HttpConnection::onMessageComplete(http_parser *parser)
{
    HttpConnection &c = of(parser);
    c.m_request.setBody(c.m_body);
    c.m_body.clear();
    http_parser_pause(parser, 1);
    return 0;
}

bool HttpConnection::countHeaderBytes(qint64 bytes)
{
    m_headerBytes += bytes;
    if (m_headerBytes <= m_server->maxHeaderSize())
        return true;
    m_rejection = Rejection{431, QStringLiteral("headers_too_large"),
                            QStringLiteral("request line and headers exceed %1 bytes").arg(m_server->maxHeaderSize())};
    return false;
}

bool HttpConnection::storeHeaderField()
{
    if (!isToken(m_field)) {
        m_rejection = Rejection{400, QStringLiteral("bad_request"), QStringLiteral("malformed header field name")};
        return false;
    }
    if (!isFieldValue(m_value)) {
        m_rejection =
            Rejection{400, QStringLiteral("bad_request"), QStringLiteral("a header value holds a control character")};
        return false;
    }
    m_headers.add(m_field, m_value.trimmed());
    m_field.clear();
    m_value.clear();
    m_inValue = false;
    return true;
}

bool HttpConnection::takeRequestTarget()
{
    http_parser_url url;
    http_parser_url_init(&url);
    const bool isConnect = m_parser.method == HTTP_CONNECT;
    if (http_parser_parse_url(m_url.constData(), size_t(m_url.size()), isConnect, &url) != 0) {
        m_rejection = Rejection{400, QStringLiteral("bad_request"), QStringLiteral("malformed request target")};
        return false;
    }
    const auto part = [&](http_parser_url_fields field) {
        if (!(url.field_set & (1 << field)))
            return QByteArray();
        return m_url.mid(url.field_data[field].off, url.field_data[field].len);
    };
    m_request.setRawPath(part(UF_PATH));
    m_request.setQuery(QUrlQuery(QString::fromUtf8(part(UF_QUERY))));
    return true;
}

void HttpConnection::onReadyRead()
{
    switch (m_state) {
    case State::Closing:
        break; // closeAfterWriting() has the stream discard what the client still sends
    case State::Idle:
    case State::Reading:
        processInput();
        break;
    case State::AwaitingAnswer:
    case State::Streaming:
        // Parsing waits for the answer; what comes meanwhile is held, up to the bound, so
        // that a client that goes away is still seen to go.
        m_socket->read(m_unparsed, kReadBufferSize - m_unparsed.size());
        if (m_unparsed.size() >= kReadBufferSize)
            m_socket->setReading(false);
        break;
    }
}

void HttpConnection::onDisconnected()
{
    closeConnection();
    deleteLater();
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::Idle:
        closeConnection();
        break;
    case State::Reading:
        reject({408, QStringLiteral("request_timeout"), QStringLiteral("the request did not arrive in time")});
        break;
    case State::Closing:
        // The client does not take our final bytes: stop waiting for it.
        m_socket->abort();
        deleteLater();
        break;
    case State::AwaitingAnswer:
    case State::Streaming:
        break;
    }
}

void HttpConnection::processInput()
{
    // A handler that answers at once re-enters here through deliver(); the outer loop goes on
    // with the next request instead of recursing once per pipelined request.
    if (m_inProcessInput)
        return;
    m_inProcessInput = true;
    while (m_state == State::Idle || m_state == State::Reading) {
        if (m_unparsed.isEmpty())
            m_socket->read(m_unparsed, kReadBufferSize);
        if (m_unparsed.isEmpty())
            break;
        const size_t parsed =
            http_parser_execute(&m_parser, &parserSettings(), m_unparsed.constData(), size_t(m_unparsed.size()));
        const http_errno error = HTTP_PARSER_ERRNO(&m_parser);
        if (error == HPE_PAUSED) {
            m_unparsed.remove(0, qsizetype(parsed));
            http_parser_pause(&m_parser, 0);
            dispatch();
        } else if (error != HPE_OK) {
            if (m_rejection)
                reject(*m_rejection);
            else if (error == HPE_HEADER_OVERFLOW)
                reject({431, QStringLiteral("headers_too_large"),
                        QStringLiteral("request line and headers are too large")});
            else
                reject(
                    {400, QStringLiteral("bad_request"),
                     QStringLiteral("malformed HTTP request: %1").arg(QLatin1String(http_errno_description(error)))});
        } else {
            m_unparsed.clear();
        }
    }
    m_inProcessInput = false;
}

void HttpConnection::dispatch()
{
    m_state = State::AwaitingAnswer;
    m_deadline = -1;
    ++m_exchangeId;
    m_server->requestStarted();
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    request.setIds(m_connectionId, m_server->nextRequestId());
    m_server->dispatch(std::move(request), Responder(std::make_shared<Exchange>(m_link, m_exchangeId)));
}

void HttpConnection::finishExchange()
{
    m_server->requestFinished();
    m_state = State::Idle;
    if (!m_keepAlive) {
        closeConnection();
        return;
    }
    becomeIdle();
    m_socket->setReading(true);
    processInput();
}

void HttpConnection::reject(const Rejection &rejection)
{
    qCDebug(lcHttp) << "connection" << m_connectionId << "refused a request:" << rejection.status << rejection.message;
    m_keepAlive = false;
    m_headRequest = false;
    writeResponse(HttpResponse::error(rejection.status, rejection.code, rejection.message));
    closeConnection();
}

void HttpConnection::writeResponse(const HttpResponse &given)
{
    HttpResponse response = given;
    if (response.status() < 200 || response.status() > 599) {
        qCWarning(lcHttp) << "request handler answered with invalid status" << response.status();
        response =
            HttpResponse::error(500, QStringLiteral("internal_error"), QStringLiteral("the request handler failed"));
    }
    // 204 and 304 carry neither a body nor its length (RFC 9110, 8.6).
    const bool hasBody = response.status() != 204 && response.status() != 304;
    QByteArray out = statusAndHeaders(response.status(), response.headers());
    if (hasBody)
        out += "Content-Length: " + QByteArray::number(response.body().size()) + "\r\n";
    out += connectionField() + "\r\n";
    if (hasBody && !m_headRequest)
        out += response.body();
    m_socket->write(out);
}

QByteArray HttpConnection::statusAndHeaders(int status, const HttpHeaders &headers) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const HttpHeaders::Field &field : headers.fields()) {
        if (isFramingField(field.first))
            continue;
        if (!isWellFormedField(field)) {
            qCWarning(lcHttp) << "dropping malformed response header" << field.first;
            continue;
        }
        out += field.first + ": " + field.second + "\r\n";
    }
    return out;
}

QByteArray HttpConnection::connectionField() const
{
    if (!m_keepAlive)
        return QByteArrayLiteral("Connection: close\r\n");
    // HTTP/1.0 clients keep the connection only when told so.
    if (m_http10)
        return QByteArrayLiteral("Connection: keep-alive\r\n");
    return QByteArray();
}

void HttpConnection::becomeIdle()
{
    m_state = State::Idle;
    armTimer(m_server->idleTimeout());
}

void HttpConnection::armTimer(std::chrono::milliseconds timeout)
{
    m_deadline = m_server->now() + timeout.count();
}

void HttpConnection::checkDeadline(qint64 now)
{
    if (m_deadline < 0 || now < m_deadline)
        return;
    m_deadline = -1;
    onTimeout();
}

void HttpConnection::closeConnection()
{
    if (m_state == State::Closing)
        return;
    if (m_state == State::AwaitingAnswer || m_state == State::Streaming)
        m_server->requestFinished();
    m_state = State::Closing;
    m_link->sever();
    m_deadline = -1;
    if (!m_socket->isOpen()) {
        deleteLater();
        return;
    }
    m_socket->closeAfterWriting();
    if (m_socket->isOpen())
        armTimer(m_server->requestTimeout());
}

} // namespace net
