#include "providers/ChatClient.h"

#include "base/Clock.h"
#include "base/Handoff.h"
#include "providers/ChatAnswer.h"
#include "providers/TokenEstimate.h"
#include "providers/UsageMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

namespace providers {

namespace {

// Qt 6.4's QNetworkAccessManager opens at most six HTTP/1.1 connections per host.
constexpr int ConnectionsPerManager = 6;
const QLatin1String LimitBlocked("limit_blocked");

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

struct ChatClient::Call
{
    explicit Call(bool stream) : answer(stream) {}

    ChatRequest request;
    payi::MaxTokensParameter capParameter = payi::MaxTokensParameter::MaxTokens;
    QByteArray body; // the request's body without the library's output cap
    payi::TrackedCall tracked;
    Completion done;
    DeltaHandler onDelta;

    net::PlainHttpTransport::ExchangeId exchange = 0;
    QNetworkReply *reply = nullptr;
    QTimer *idle = nullptr;
    int manager = -1;
    bool completed = false;
    bool timedOut = false;
    bool inFlight = false; // counted in callsInFlight(), from the first attempt to the end
    int attempts = 0;      // requests sent so far

    ChatAnswer answer; // the current attempt's
};

ChatClient::ChatClient(payi::ClientBinding binding, QObject *parent)
    : QObject(parent)
    , m_binding(binding)
    , m_apiKey(qEnvironmentVariable("OPENAI_API_KEY"))
    , m_plain(new net::PlainHttpTransport(this))
{
    setBaseUrl(defaultBaseUrl());
}

// The reply connections have this client as context, so they are gone before the pool's
// managers delete their replies; the transport drops its exchanges without a callback. Each
// dropped call's TrackedCall records it as abandoned; so does a call waiting for a retry, whose
// timer is a child of the client.
ChatClient::~ChatClient() = default;

QUrl ChatClient::defaultBaseUrl()
{
    const QString fromEnvironment = qEnvironmentVariable("OPENAI_BASE_URL");
    return QUrl(fromEnvironment.isEmpty() ? QStringLiteral("https://api.openai.com/v1") : fromEnvironment);
}

void ChatClient::setMaxConnections(int connections)
{
    m_maxManagers = qMax(1, (connections + ConnectionsPerManager - 1) / ConnectionsPerManager);
    m_plain->setMaxConnections(connections);
}

payi::MaxTokensParameter ChatClient::maxTokensParameterFor(const ChatRequest &request) const
{
    switch (m_maxTokensSetting) {
    case MaxTokensSetting::MaxTokens:
        return payi::MaxTokensParameter::MaxTokens;
    case MaxTokensSetting::MaxCompletionTokens:
        return payi::MaxTokensParameter::MaxCompletionTokens;
    case MaxTokensSetting::Auto:
        break;
    }
    if (const std::optional<payi::MaxTokensParameter> named = request.callerMaxTokensParameter())
        return *named;
    if (const payi::Instrumentation *instrumentation = m_binding.instrumentation())
        return instrumentation->prices()->maxTokensParameter(request.model);
    return payi::maxTokensParameterByName(request.model);
}

void ChatClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    m_chatUrl = url;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    m_chatUrl.setPath(path + QStringLiteral("chat/completions"));
    m_chatUri = m_chatUrl.toString();
}

void ChatClient::complete(ChatRequest request, Completion done, DeltaHandler onDelta)
{
    auto call = std::make_shared<Call>(request.stream);
    call->done = std::move(done);
    call->onDelta = std::move(onDelta);
    base::Result<payi::Params> headers = request.callHeaders();
    if (!headers) {
        // As in the SDK (a ValueError before the provider call), the call fails untracked.
        base::postTo(this, [this, call, error = headers.error()] { conclude(*call, error); });
        return;
    }
    payi::CallStart start;
    start.resource = request.model;
    start.providerUri = m_chatUri;
    start.streaming = request.stream;
    start.headers = std::move(headers).value();
    start.inputUpperBound = promptTokenUpperBound(request.messages);
    start.maxOutputTokens = request.maxOutputTokens();
    start.requestId = request.requestId;
    call->capParameter = maxTokensParameterFor(request);
    start.providerRequest = request.bodyText(0, call->capParameter);
    call->body = start.providerRequest;
    if (request.context)
        start.context = *request.context;
    call->tracked = m_binding.begin(std::move(start));
    call->request = std::move(request);

    if (call->tracked.isBlocked()) {
        // The library has recorded the blocked event; its description names the limits.
        base::Error error{LimitBlocked, call->tracked.blockedEvent().failureDescription};
        if (error.message.isEmpty()) {
            error.message =
                QStringLiteral("blocked by limit %1").arg(call->tracked.blockedLimitIds().join(QStringLiteral(", ")));
        }
        base::postTo(this, [this, call, error] { conclude(*call, error); });
        return;
    }
    if (QThread::currentThread() == thread())
        send(call);
    else
        base::postTo(this, [this, call] { send(call); });
}

int ChatClient::acquireManager()
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
    if (int(count) < m_maxManagers) {
        auto *manager = new QNetworkAccessManager(this);
        manager->setAutoDeleteReplies(false);
        m_managers.push_back({manager, 1});
        return int(count);
    }
    std::size_t least = 0;
    for (std::size_t k = 1; k < count; ++k) {
        if (m_managers[k].load < m_managers[least].load)
            least = k;
    }
    ++m_managers[least].load;
    return int(least);
}

void ChatClient::send(const std::shared_ptr<Call> &call)
{
    ++m_callsInFlight;
    call->inFlight = true;
    sendAttempt(call);
}

void ChatClient::sendAttempt(const std::shared_ptr<Call> &call)
{
    ++call->attempts;
    const qint64 cap = call->tracked.outputTokenCap();
    const QByteArray bytes = cap > 0 ? call->request.bodyText(cap, call->capParameter) : call->body;
    if (m_baseUrl.scheme() == QLatin1String("http"))
        sendPlain(call, bytes);
    else
        sendThroughManager(call, bytes);
}

void ChatClient::sendPlain(const std::shared_ptr<Call> &call, const QByteArray &body)
{
    const QUrl &url = m_chatUrl;
    QByteArray head = "POST " + url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        head += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    head += " HTTP/1.1\r\nContent-Type: application/json\r\nAccept: ";
    head += call->request.stream ? "text/event-stream" : "application/json";
    if (!m_apiKey.isEmpty())
        head += "\r\nAuthorization: Bearer " + m_apiKey.toUtf8();
    for (const auto &[name, value] : std::as_const(call->request.extraHeaders)) {
        // A line break would start a header (or a request) of the caller's making.
        const bool breaksLine =
            name.contains('\r') || name.contains('\n') || value.contains('\r') || value.contains('\n');
        if (!isProxyHeader(name) && !breaksLine)
            head += "\r\n" + name + ": " + value;
    }
    net::PlainHttpTransport::Handlers handlers;
    handlers.onBody = [this, call](int status, const QByteArray &bytes) { receive(*call, status, bytes); };
    handlers.onEnd = [this, call](int status, const net::ExchangeEnd &end) { finishExchange(call, status, end); };
    call->exchange = m_plain->post(url.host(), quint16(url.port(80)), head, body, m_timeoutMs, std::move(handlers));
}

void ChatClient::sendThroughManager(const std::shared_ptr<Call> &call, const QByteArray &body)
{
    call->manager = acquireManager();
    QNetworkRequest request(m_chatUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", call->request.stream ? "text/event-stream" : "application/json");
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    for (const auto &[name, value] : std::as_const(call->request.extraHeaders)) {
        if (!isProxyHeader(name))
            request.setRawHeader(name, value);
    }
    QNetworkReply *reply = m_managers[std::size_t(call->manager)].manager->post(request, body);
    call->reply = reply;

    call->idle = new QTimer(reply);
    call->idle->setSingleShot(true);
    call->idle->setInterval(m_timeoutMs);
    Call *raw = call.get();
    connect(call->idle, &QTimer::timeout, reply, [raw] {
        raw->timedOut = true;
        raw->reply->abort();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, call] {
        if (call->completed)
            return;
        call->idle->start();
        receive(*call, statusOf(call->reply), call->reply->readAll());
    });
    connect(reply, &QNetworkReply::finished, this, [this, call] {
        if (call->completed)
            return;
        QNetworkReply *finished = call->reply;
        const int status = statusOf(finished);
        net::ExchangeEnd end;
        for (const auto &[name, value] : finished->rawHeaderPairs())
            end.headers.add(name, value);
        if (call->timedOut) {
            end.kind = net::ExchangeEnd::Kind::Timeout;
            finishExchange(call, status, end);
            return;
        }
        receive(*call, status, finished->isOpen() ? finished->readAll() : QByteArray());
        if (call->completed || call->reply != finished)
            return; // a stream chunk ended the call
        if (finished->error() == QNetworkReply::ConnectionRefusedError) {
            end.kind = net::ExchangeEnd::Kind::ConnectionRefused;
            end.description = finished->errorString();
        } else if (finished->error() != QNetworkReply::NoError) {
            end.kind = net::ExchangeEnd::Kind::Cut;
            end.description = finished->errorString();
        }
        finishExchange(call, status, end);
    });
    call->idle->start();
}

void ChatClient::receive(Call &c, int status, const QByteArray &bytes)
{
    if (c.completed)
        return;
    const QList<net::SseEvent> events = c.answer.receive(status, bytes);
    for (const net::SseEvent &event : events) {
        if (!handleStreamEvent(c, event.data))
            return;
    }
}

bool ChatClient::handleStreamEvent(Call &c, const QByteArray &data)
{
    ChatAnswer::Event event = c.answer.readEvent(data);
    if (event.failure) {
        fail(c, event.failure->kind, event.failure->description, event.failure->withUnits);
        return false;
    }
    if (event.chunk.isEmpty())
        return true; // [DONE], or an event after it
    if (event.firstToken)
        c.tracked.markFirstToken();
    // The usage-only chunk exists because Costbench asked for it: hide it as the SDK does.
    if (c.onDelta && (!event.usageOnly || c.request.callerWantsUsage()))
        c.onDelta(ChatDelta{std::move(event.delta), std::move(event.chunk)});
    return !c.completed;
}

void ChatClient::finishExchange(const std::shared_ptr<Call> &call, int status, const net::ExchangeEnd &end)
{
    Call &c = *call;
    if (c.completed)
        return;
    const std::optional<ChatAnswer::Failure> failure = c.answer.end(status, end, m_timeoutMs);
    if (!failure)
        succeed(c);
    else if (shouldRetry(c, status, end))
        retry(call, end.headers);
    else
        fail(c, failure->kind, failure->description, failure->withUnits);
}

// As the SDKs decide (openai-python's _base_client.py, request()): an error status by
// RetryPolicy::retriesStatus; a connection error or time-out (httpx raising) before the
// answer's status, or, for a plain answer, before its whole body (which httpx reads within
// the request). A stream is the caller's once its 2xx status has come: not retried.
bool ChatClient::shouldRetry(const Call &c, int status, const net::ExchangeEnd &end) const
{
    if (c.attempts > m_retry.maxRetries)
        return false;
    if (status >= 400)
        return RetryPolicy::retriesStatus(status, end.headers);
    const bool transportFailed = end.kind != net::ExchangeEnd::Kind::Complete;
    return transportFailed && (status == 0 || !c.request.stream);
}

void ChatClient::retry(const std::shared_ptr<Call> &call, const net::HttpHeaders &headers)
{
    Call &c = *call;
    const payi::Instrumentation *instrumentation = m_binding.instrumentation();
    const QDateTime now = instrumentation ? instrumentation->clock().nowUtc() : QDateTime::currentDateTimeUtc();
    const int delay = m_retry.delayMs(c.attempts - 1, headers, QRandomGenerator::global()->generateDouble(), now);
    const int wait = m_retryTimer ? qMax(0, m_retryTimer(delay)) : delay;
    releaseAttempt(c);
    c.answer = ChatAnswer(c.request.stream);
    c.timedOut = false;
    // A child of the client: a client deleted in the wait takes the call with it (recorded as
    // abandoned), as it does a call in flight.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [this, timer, call] {
        timer->deleteLater();
        if (!call->completed)
            sendAttempt(call);
    });
    timer->start(wait);
}

payi::Units ChatClient::unitsOf(Call &c)
{
    ChatResponse &r = c.answer.response();
    if (!r.usage.isEmpty())
        return unitsFromOpenAiUsage(r.usage);
    // No usage from the provider: estimate the prompt and count the output as streamed; the
    // event says so (usage_estimated).
    r.usageEstimated = true;
    return estimatedUnits(estimatePromptTokens(c.request.messagesJson()),
                          c.request.stream ? c.answer.contentChunks() : estimateTokens(r.content));
}

void ChatClient::succeed(Call &c)
{
    ChatResponse &r = c.answer.response();
    r.units = unitsOf(c);
    r.attempts = c.attempts;
    payi::CallOutcome outcome;
    outcome.usageEstimated = r.usageEstimated;
    outcome.attempts = c.attempts;
    outcome.httpStatusCode = c.answer.status();
    outcome.providerResponseId = r.id;
    outcome.units = r.units;
    outcome.rawUsage = r.usage;
    outcome.providerResponse = c.answer.received(); // the provider's own text
    if (c.request.stream) {
        const QJsonObject message{{QLatin1String("role"), QLatin1String("assistant")},
                                  {QLatin1String("content"), r.content}};
        const QJsonObject assembled{
            {QLatin1String("id"), r.id},
            {QLatin1String("model"), r.model},
            {QLatin1String("choices"), QJsonArray{QJsonObject{{QLatin1String("index"), 0},
                                                              {QLatin1String("message"), message},
                                                              {QLatin1String("finish_reason"), r.finishReason}}}},
            {QLatin1String("usage"), r.usage},
        };
        outcome.providerResponse = QJsonDocument(assembled).toJson(QJsonDocument::Compact);
    }
    r.event = c.tracked.finish(outcome);
    conclude(c, std::move(r));
}

void ChatClient::fail(Call &c, const QString &failureKind, const QString &description, bool withUnits)
{
    const QString text = redacted(description);
    payi::CallOutcome outcome;
    outcome.httpStatusCode = c.answer.status() > 0 ? c.answer.status() : payi::NoProviderStatus;
    outcome.failed = true;
    outcome.failureKind = failureKind;
    outcome.failureDescription = text;
    outcome.providerResponseId = c.answer.response().id;
    outcome.attempts = c.attempts;
    // A stream cut or stalled after the provider answered consumed what was counted.
    if (withUnits && c.answer.status() >= 200 && c.answer.status() < 300) {
        outcome.units = unitsOf(c);
        outcome.rawUsage = c.answer.response().usage;
        outcome.usageEstimated = c.answer.response().usageEstimated;
    }
    c.tracked.finish(outcome);
    conclude(c, base::Error{failureKind, text});
}

void ChatClient::releaseAttempt(Call &c)
{
    if (c.reply) {
        c.idle->stop();
        c.reply->disconnect(this);
        if (!c.reply->isFinished())
            c.reply->abort();
        c.reply->deleteLater(); // and its idle timer, a child
        c.reply = nullptr;
        c.idle = nullptr;
        --m_managers[std::size_t(c.manager)].load;
        c.manager = -1;
    } else if (c.exchange != 0) {
        // Ends the exchange when the call ends first (a bad stream chunk); else a no-op.
        m_plain->cancel(c.exchange);
        c.exchange = 0;
    }
}

void ChatClient::conclude(Call &c, base::Result<ChatResponse> result)
{
    c.completed = true;
    releaseAttempt(c);
    if (c.inFlight) {
        c.inFlight = false;
        --m_callsInFlight;
    }
    const Completion done = std::move(c.done);
    if (done)
        done(std::move(result));
}

QString ChatClient::redacted(QString text) const
{
    if (!m_apiKey.isEmpty())
        text.replace(m_apiKey, QStringLiteral("[redacted]"));
    return text;
}

} // namespace providers
