#include "net/HttpConnection.h"

#include "net/ConnectionHost.h"
#include "net/ConnectionLink.h"
#include "net/Exchange.h"
#include "net/HttpLimits.h"
#include "net/HttpLog.h"
#include "net/Responder.h"
#include "net/TcpStream.h"

#include <http_parser.h>

#include <algorithm>
#include <cstring>

namespace net {

namespace {

// Bounds what a connection buffers ahead of the parser; beyond it TCP flow control holds the
// client back.
constexpr qint64 kReadBufferSize = 64 * 1024;

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

// A CR or LF in a field would let a handler's data inject headers or split the response.
bool isWellFormedField(const HttpHeaders::Field &field)
{
    return !field.first.isEmpty() && std::none_of(field.first.cbegin(), field.first.cend(), [](char c) {
        return c == '\0' || std::strchr(":\r\n \t", c);
    }) && HttpHeaders::isFieldValue(field.second);
}

} // namespace

HttpConnection::HttpConnection(TcpStream *socket, quint64 connectionId, ConnectionHost &host, QObject *parent)
    : ResponseSink(parent)
    , m_host(host)
    , m_socket(socket)
    , m_link(std::make_shared<ConnectionLink>(this))
    , m_connectionId(connectionId)
    , m_parser(host.limits())
{
    m_socket->setParent(this);
    connect(m_socket, &TcpStream::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &TcpStream::disconnected, this, &HttpConnection::onDisconnected);
    becomeIdle();
}

HttpConnection::~HttpConnection()
{
    m_link->sever();
    if (m_state == State::AwaitingAnswer || m_state == State::Streaming)
        m_host.requestFinished();
    m_host.connectionClosed();
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
        const RequestParser::Progress progress = m_parser.parse(m_unparsed);
        if (m_parser.takeContinueDue())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        switch (progress) {
        case RequestParser::Progress::Complete:
            dispatch();
            break;
        case RequestParser::Progress::Refused:
            reject(m_parser.rejection());
            break;
        case RequestParser::Progress::Incomplete:
            if (m_state == State::Idle && m_parser.isInsideRequest()) {
                m_state = State::Reading;
                armTimer(m_host.limits().requestTimeout);
            }
            break;
        }
    }
    m_inProcessInput = false;
}

void HttpConnection::dispatch()
{
    m_state = State::AwaitingAnswer;
    m_deadline = -1;
    ++m_exchangeId;
    m_keepAlive = m_parser.keepAlive();
    m_headRequest = m_parser.isHeadRequest();
    m_http10 = m_parser.isHttp10();
    const quint64 requestId = m_host.requestStarted();
    HttpRequest request = m_parser.takeRequest();
    request.setRemoteAddress(m_socket->peerAddress());
    request.setIds(m_connectionId, requestId);
    m_host.dispatch(std::move(request), Responder(std::make_shared<Exchange>(m_link, m_exchangeId)));
}

void HttpConnection::finishExchange()
{
    m_host.requestFinished();
    m_state = State::Idle;
    if (!m_keepAlive) {
        closeConnection();
        return;
    }
    becomeIdle();
    m_socket->setReading(true);
    processInput();
}

void HttpConnection::reject(const RequestParser::Rejection &rejection)
{
    qCDebug(lcHttp) << "connection" << m_connectionId << "refused a request:" << rejection.status << rejection.message;
    m_keepAlive = false;
    m_headRequest = false;
    writeResponse(m_host.errorResponse(rejection.rawPath, rejection.status, rejection.code, rejection.message));
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
    armTimer(m_host.limits().idleTimeout);
}

void HttpConnection::armTimer(std::chrono::milliseconds timeout)
{
    m_deadline = m_host.now() + timeout.count();
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
        m_host.requestFinished();
    m_state = State::Closing;
    m_link->sever();
    m_deadline = -1;
    if (!m_socket->isOpen()) {
        deleteLater();
        return;
    }
    m_socket->closeAfterWriting();
    if (m_socket->isOpen())
        armTimer(m_host.limits().requestTimeout);
}

} // namespace net
