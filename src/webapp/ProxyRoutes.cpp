#include "webapp/ProxyRoutes.h"

#include "net/PlainHttpTransport.h"
#include "net/SseParser.h"
#include "net/SseWriter.h"
#include "payi/Instrumentation.h"
#include "providers/ChatAnswer.h"
#include "providers/ProxyHeaders.h"
#include "providers/TokenEstimate.h"
#include "providers/UsageMapping.h"
#include "webapp/IngestJson.h"
#include "webapp/ProxyJson.h"
#include "webapp/RequestSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace webapp {

namespace {

// Qt 6.4's QNetworkAccessManager opens at most six HTTP/1.1 connections per host.
constexpr int ConnectionsPerManager = 6;
constexpr int MaxManagers = 200;

namespace kind {
const QLatin1String Timeout("timeout");
const QLatin1String StreamCut("stream_cut");
const QLatin1String Malformed("malformed_response");
const QLatin1String Abandoned("abandoned");
} // namespace kind

// Request headers that are not the client's to pass on: the hop's own (RFC 9110, 7.6.1),
// those the proxy writes itself, and Pay-i's (attribution, and the key, which never leaves).
bool isForwarded(QByteArrayView name)
{
    static constexpr QByteArrayView Dropped[] = {
        "host",
        "content-length",
        "content-type",
        "accept",
        "authorization",
        "connection",
        "keep-alive",
        "transfer-encoding",
        "te",
        "trailer",
        "upgrade",
        "proxy-authorization",
        "proxy-connection",
        "expect",
        // Costbench reads the provider's body: it must come uncompressed.
        "accept-encoding",
    };
    if (providers::isProxyHeader(name))
        return false;
    return std::none_of(std::begin(Dropped), std::end(Dropped),
                        [name](QByteArrayView dropped) { return name.compare(dropped, Qt::CaseInsensitive) == 0; });
}

// A choice ends in this chunk, or it brings usage: the stream's last chunks.
bool isFinalChunk(const QJsonObject &chunk)
{
    if (chunk.value(QLatin1String("usage")).isObject())
        return true;
    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    return std::any_of(choices.begin(), choices.end(), [](const QJsonValue &choice) {
        return choice.toObject().value(QLatin1String("finish_reason")).isString();
    });
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

payi::Units unitsOf(providers::ChatAnswer &answer, const api::ProxyRequest &request)
{
    const providers::ChatResponse &r = answer.response();
    if (!r.usage.isEmpty())
        return providers::unitsFromOpenAiUsage(r.usage);
    // No usage from the provider: estimate the prompt and count the output as streamed.
    const QJsonArray messages =
        QJsonDocument::fromJson(request.body).object().value(QLatin1String("messages")).toArray();
    return providers::estimatedUnits(providers::estimatePromptTokens(messages),
                                     request.stream ? answer.contentChunks() : providers::estimateTokens(r.content));
}

} // namespace

struct ProxyRoutes::Call
{
    explicit Call(bool streaming) : answer(streaming) {}

    api::ProxyRequest request;
    QByteArray clientKey; // the client's bearer key, kept out of recorded descriptions
    net::Responder responder;
    net::SseWriter stream; // once the provider's stream has begun
    bool streamStarted = false;
    payi::TrackedCall tracked;
    providers::ChatAnswer answer;
    // The stream's last chunks, held for xproxy_result until the provider's [DONE].
    QList<net::SseEvent> held;
    // The events to pass on from this read of the provider's stream.
    QList<net::SseEvent> outbox;
    payi::CallEvent event; // once recorded
    bool recorded = false;
    bool done = false; // the client has its whole answer, or has gone
    bool clientGone = false;

    bool inFlight = false;
    net::PlainHttpTransport::ExchangeId exchange = 0;
    QNetworkReply *reply = nullptr;
    QTimer *idle = nullptr;
    int manager = -1;
    bool timedOut = false;
};

ProxyRoutes::ProxyRoutes(payi::Instrumentation &instrumentation, QObject *parent)
    : QObject(parent)
    , m_instrumentation(instrumentation)
    , m_plain(new net::PlainHttpTransport(this))
{
}

// The transport drops its exchanges without a callback and the managers' replies go with
// them: each call still in flight is recorded as abandoned by its TrackedCall, and its
// client, unanswered, gets the server's 500.
ProxyRoutes::~ProxyRoutes() = default;

void ProxyRoutes::setUpstream(const Upstream &upstream)
{
    m_upstream = upstream;
    m_chatUrl = upstream.baseUrl;
    QString path = m_chatUrl.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    m_chatUrl.setPath(path + QStringLiteral("chat/completions"));
    m_chatUri = m_chatUrl.toString();
    m_plain->setMaxConnections(upstream.maxConnections);
}

void ProxyRoutes::mount(net::HttpServer &server)
{
    // /api/v1/'s conventions (xproxy_error bodies, xProxy-api-key as the token) are set by
    // IngestRoutes, which is mounted with this class.
    server.addRoute("POST", QStringLiteral("/api/v1/proxy/openai/v1/chat/completions"),
                    [this](const net::HttpRequest &q, net::Responder r) { proxy(q, r); });
}

void ProxyRoutes::proxy(const net::HttpRequest &request, const net::Responder &responder)
{
    base::Result<api::ProxyRequest> read = api::readProxyRequest(request);
    if (!read)
        return void(responder.send(api::xproxyError(400, read.error())));
    if (const std::optional<base::Error> unknown =
            api::checkLimitIds(read->attribution.limitIds, m_instrumentation.limits()))
        return void(responder.send(api::xproxyError(400, *unknown)));
    if (m_chatUri.isEmpty())
        return void(responder.send(
            api::xproxyError(503, QStringLiteral("no_upstream"), QStringLiteral("the provider is not set up yet"))));

    auto call = std::make_shared<Call>(read->stream);
    call->request = std::move(read).value();
    call->responder = responder;
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (authorization.size() > 7 && authorization.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        call->clientKey = authorization.sliced(7).trimmed();

    payi::CallStart start;
    start.resource = call->request.model;
    start.providerUri = m_chatUri;
    start.streaming = call->request.stream;
    // Every prompt token holds at least one byte of the body, which holds the messages.
    start.inputUpperBound = call->request.body.size();
    start.maxOutputTokens = call->request.maxOutputTokens;
    start.providerRequest = call->request.body;
    start.context = payi::CapturedContext();
    RequestSource::of(request).applyTo(start);
    call->tracked = m_instrumentation.beginAttributed(std::move(start), call->request.attribution);
    if (call->tracked.isBlocked()) {
        // Never forwarded; the library has recorded the blocked event.
        return void(responder.send(net::HttpResponse::json(400, api::blockedAnswer(call->tracked.blockedEvent()))));
    }

    const QByteArray body = api::upstreamBody(call->request, call->tracked.outputTokenCap());
    const QList<QPair<QByteArray, QByteArray>> headers = forwardedHeaders(request, call->request.stream);
    ++m_callsInFlight;
    call->inFlight = true;
    if (m_chatUrl.scheme() == QLatin1String("http"))
        sendPlain(call, headers, body);
    else
        sendThroughManager(call, headers, body);
}

QList<QPair<QByteArray, QByteArray>> ProxyRoutes::forwardedHeaders(const net::HttpRequest &request, bool stream) const
{
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("Accept"),
         stream ? QByteArrayLiteral("text/event-stream") : QByteArrayLiteral("application/json")},
    };
    const QByteArray authorization =
        m_upstream.authorization.isEmpty() ? request.header("Authorization") : m_upstream.authorization;
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization});
    for (const auto &[name, value] : request.headers().fields()) {
        if (isForwarded(name))
            headers.append({name, value});
    }
    return headers;
}

void ProxyRoutes::sendPlain(const std::shared_ptr<Call> &call, const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QByteArray &body)
{
    QByteArray head = "POST " + m_chatUrl.path(QUrl::FullyEncoded).toUtf8();
    if (m_chatUrl.hasQuery())
        head += '?' + m_chatUrl.query(QUrl::FullyEncoded).toUtf8();
    head += " HTTP/1.1";
    // The server's parser has refused line breaks in names and values already.
    for (const auto &[name, value] : headers)
        head += "\r\n" + name + ": " + value;
    net::PlainHttpTransport::Handlers handlers;
    handlers.onBody = [this, call](int status, const QByteArray &bytes) { receive(call, status, bytes); };
    handlers.onEnd = [this, call](int status, const net::ExchangeEnd &end) {
        call->exchange = 0;
        finishExchange(call, status, end);
    };
    call->exchange = m_plain->post(m_chatUrl.host(), quint16(m_chatUrl.port(80)), head, body, m_upstream.timeoutMs,
                                   std::move(handlers));
}

int ProxyRoutes::acquireManager()
{
    const std::size_t count = m_managers.size();
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t k = (m_nextManager + i) % count;
        if (m_managers[k].load < ConnectionsPerManager) {
            m_nextManager = k + 1;
            ++m_managers[k].load;
            return int(k);
        }
    }
    const int maxManagers =
        qBound(1, (m_upstream.maxConnections + ConnectionsPerManager - 1) / ConnectionsPerManager, MaxManagers);
    if (int(count) < maxManagers) {
        auto *manager = new QNetworkAccessManager(this);
        manager->setAutoDeleteReplies(false);
        m_managers.push_back({manager, 1});
        return int(count);
    }
    const auto least = std::min_element(m_managers.begin(), m_managers.end(),
                                        [](const PooledManager &a, const PooledManager &b) { return a.load < b.load; });
    ++least->load;
    return int(least - m_managers.begin());
}

void ProxyRoutes::sendThroughManager(const std::shared_ptr<Call> &call,
                                     const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    call->manager = acquireManager();
    QNetworkRequest request(m_chatUrl);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_managers[std::size_t(call->manager)].manager->post(request, body);
    call->reply = reply;
    call->idle = new QTimer(reply);
    call->idle->setSingleShot(true);
    call->idle->setInterval(m_upstream.timeoutMs);
    Call *raw = call.get();
    connect(call->idle, &QTimer::timeout, reply, [raw] {
        raw->timedOut = true;
        raw->reply->abort();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, call] {
        if (!call->reply)
            return;
        call->idle->start();
        receive(call, statusOf(call->reply), call->reply->readAll());
    });
    connect(reply, &QNetworkReply::finished, this, [this, call] {
        QNetworkReply *finished = call->reply;
        if (!finished)
            return;
        const int status = statusOf(finished);
        net::ExchangeEnd end;
        if (call->timedOut) {
            end = {net::ExchangeEnd::Kind::Timeout, QString()};
        } else {
            if (finished->isOpen())
                receive(call, status, finished->readAll());
            if (finished->error() == QNetworkReply::ConnectionRefusedError)
                end = {net::ExchangeEnd::Kind::ConnectionRefused, finished->errorString()};
            else if (finished->error() != QNetworkReply::NoError && status == 0)
                end = {net::ExchangeEnd::Kind::Cut, finished->errorString()};
            else if (finished->error() != QNetworkReply::NoError && !isSuccess(status))
                end = {}; // an HTTP error status: the provider's body says it
            else if (finished->error() != QNetworkReply::NoError)
                end = {net::ExchangeEnd::Kind::Cut, finished->errorString()};
        }
        release(*call);
        finishExchange(call, status, end);
    });
    call->idle->start();
}

void ProxyRoutes::receive(const std::shared_ptr<Call> &call, int status, const QByteArray &bytes)
{
    Call &c = *call;
    if (c.done)
        return;
    if (c.request.stream && isSuccess(status) && !c.streamStarted) {
        c.stream = c.responder.startEventStream();
        c.streamStarted = true;
    }
    const QList<net::SseEvent> events = c.answer.receive(status, bytes);
    for (const net::SseEvent &event : events)
        passEvent(c, event);
    flush(call);
}

void ProxyRoutes::passEvent(Call &c, const net::SseEvent &event)
{
    if (c.recorded)
        return c.outbox.append(event); // after [DONE] or a failure: passed on as it comes
    providers::ChatAnswer::Event read = c.answer.readEvent(event.data);
    if (read.failure) {
        recordFailure(c, read.failure->kind, read.failure->description, read.failure->withUnits);
        releaseHeld(c);
        return c.outbox.append(event);
    }
    if (read.chunk.isEmpty()) { // [DONE]
        recordSuccess(c);
        releaseHeld(c);
        return c.outbox.append(event);
    }
    if (read.firstToken)
        c.tracked.markFirstToken();
    // The usage chunk Costbench asked for is not the client's, as the SDK hides the one it asks for.
    if (read.usageOnly && !c.request.clientWantsUsage)
        return;
    if (c.held.isEmpty() && !isFinalChunk(read.chunk))
        return c.outbox.append(event);
    c.held.append(event);
}

void ProxyRoutes::flush(const std::shared_ptr<Call> &call)
{
    Call &c = *call;
    if (c.outbox.isEmpty() || c.clientGone)
        return;
    // The events that one read of the provider's stream brought go out in one write.
    const bool dataOnly = std::all_of(c.outbox.cbegin(), c.outbox.cend(), [](const net::SseEvent &event) {
        return event.event.isEmpty() && event.id.isEmpty();
    });
    bool sent = true;
    if (dataOnly) {
        QList<QByteArray> data;
        data.reserve(c.outbox.size());
        for (const net::SseEvent &event : std::as_const(c.outbox))
            data.append(event.data);
        sent = c.stream.sendEvents(data);
    } else {
        for (const net::SseEvent &event : std::as_const(c.outbox))
            sent = c.stream.sendEvent(event.data, event.event, event.id) && sent;
    }
    c.outbox.clear();
    if (sent || c.stream.isOpen())
        return;
    // The client has gone: the provider's call ends here.
    if (!c.recorded)
        recordFailure(c, kind::Abandoned, QStringLiteral("the client closed the connection before the stream ended"),
                      true);
    release(c);
    c.clientGone = true;
    c.done = true;
}

void ProxyRoutes::releaseHeld(Call &c)
{
    if (c.held.isEmpty())
        return;
    net::SseEvent &last = c.held.last();
    if (std::optional<QByteArray> data =
            api::withFields(last.data, QJsonObject{{QStringLiteral("xproxy_result"), api::xproxyResult(c.event)}}))
        last.data = std::move(*data);
    c.outbox.append(c.held);
    c.held.clear();
}

void ProxyRoutes::finishExchange(const std::shared_ptr<Call> &call, int status, const net::ExchangeEnd &end)
{
    Call &c = *call;
    release(c);
    if (c.done)
        return;
    c.done = true;
    if (!c.recorded) {
        if (const std::optional<providers::ChatAnswer::Failure> failure =
                c.answer.end(status, end, m_upstream.timeoutMs))
            recordFailure(c, failure->kind, failure->description, failure->withUnits);
        else
            recordSuccess(c);
    }
    if (!c.streamStarted)
        return answerWhole(c);
    releaseHeld(c);
    flush(call);
    c.stream.end();
}

void ProxyRoutes::recordSuccess(Call &c)
{
    const providers::ChatResponse &r = c.answer.response();
    payi::CallOutcome outcome;
    outcome.httpStatusCode = c.answer.status();
    outcome.providerResponseId = r.id;
    outcome.units = unitsOf(c.answer, c.request);
    outcome.rawUsage = r.usage;
    if (c.tracked.attribution().logPromptAndResponse) {
        if (!c.request.stream) {
            outcome.providerResponse = c.answer.received();
        } else {
            // A stream's chunks, assembled as one completion (as the document app logs them).
            const QJsonObject message{{QLatin1String("role"), QLatin1String("assistant")},
                                      {QLatin1String("content"), r.content}};
            const QJsonObject choice{{QLatin1String("index"), 0},
                                     {QLatin1String("message"), message},
                                     {QLatin1String("finish_reason"), r.finishReason}};
            const QJsonObject assembled{{QLatin1String("id"), r.id},
                                        {QLatin1String("model"), r.model},
                                        {QLatin1String("choices"), QJsonArray{choice}},
                                        {QLatin1String("usage"), r.usage}};
            outcome.providerResponse = QJsonDocument(assembled).toJson(QJsonDocument::Compact);
        }
    }
    c.event = c.tracked.finish(outcome);
    c.recorded = true;
}

void ProxyRoutes::recordFailure(Call &c, const QString &failureKind, const QString &description, bool withUnits)
{
    QString text = description;
    if (!c.clientKey.isEmpty())
        text.replace(QString::fromUtf8(c.clientKey), QStringLiteral("[redacted]"));
    payi::CallOutcome outcome;
    const int status = c.answer.status();
    outcome.httpStatusCode = status > 0 ? status : payi::NoProviderStatus;
    outcome.failed = true;
    outcome.failureKind = failureKind;
    outcome.failureDescription = text;
    outcome.providerResponseId = c.answer.response().id;
    // A stream cut or stalled after the provider answered consumed what was counted.
    if (withUnits && isSuccess(status)) {
        outcome.units = unitsOf(c.answer, c.request);
        outcome.rawUsage = c.answer.response().usage;
    }
    if (c.tracked.attribution().logPromptAndResponse)
        outcome.providerResponse = c.answer.received();
    c.event = c.tracked.finish(outcome);
    c.recorded = true;
}

void ProxyRoutes::answerWhole(Call &c)
{
    const payi::CallEvent &e = c.event;
    const int status = c.answer.status();
    const QJsonObject result = api::xproxyResult(e);
    // No answer from the provider to pass on (none, or a success that is not one): Pay-i's
    // error, with the failed call's result.
    if (e.failed
        && (status == 0 || e.failureKind == kind::Timeout || e.failureKind == kind::StreamCut
            || e.failureKind == kind::Malformed)) {
        const int answerStatus = e.failureKind == kind::Timeout ? 504 : 502;
        return void(
            c.responder.send(net::HttpResponse::json(answerStatus, api::providerFailureAnswer(answerStatus, e))));
    }
    // The provider's status and body, Pay-i's fields added when the body is a JSON object.
    const QByteArray &received = c.answer.received();
    QJsonObject fields{{QStringLiteral("xproxy_result"), result}};
    if (e.failed) { // http_error: the provider refused the call
        fields.insert(QStringLiteral("xproxy_error"),
                      QJsonObject{{QStringLiteral("code"), QStringLiteral("provider_error")},
                                  {QStringLiteral("message"), e.failureDescription}});
    }
    // A successful answer is a chat completion object (ChatAnswer read it); an error body may be anything.
    const bool isObject = !e.failed || QJsonDocument::fromJson(received).isObject();
    const std::optional<QByteArray> body = isObject ? api::withFields(received, fields) : std::nullopt;
    c.responder.send(body ? net::HttpResponse::text(status, *body, QByteArrayLiteral("application/json"))
                          : net::HttpResponse::text(status, received));
}

void ProxyRoutes::release(Call &c)
{
    if (!c.inFlight)
        return;
    c.inFlight = false;
    --m_callsInFlight;
    if (c.exchange != 0) {
        m_plain->cancel(c.exchange); // a no-op once the exchange has ended
        c.exchange = 0;
    }
    if (c.reply) {
        QNetworkReply *reply = std::exchange(c.reply, nullptr);
        c.idle->stop();
        reply->disconnect(this);
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
        --m_managers[std::size_t(c.manager)].load;
    }
}

} // namespace webapp
