#pragma once

#include "base/Result.h"
#include "net/PlainHttpTransport.h"
#include "payi/Instrumentation.h"
#include "providers/ChatRequest.h"
#include "providers/ChatResponse.h"
#include "providers/RetryPolicy.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace providers {

// An OpenAI-compatible chat completions client (POST {base}/chat/completions), tracked by
// the payi library it was bound to at construction: a client made before
// payi::instrument() holds no binding and its calls are not tracked.
//
// complete() never blocks. It captures the context in force (unless the request brings
// one), reserves against block limits, sends, and later calls `done` exactly once on the
// client's thread with the response or an error whose code is one of limit_blocked,
// connection_refused, timeout, http_error, malformed_response, stream_cut, network_error.
// A call that fails as the official SDKs retry is sent again (RetryPolicy: twice by default,
// after the wait the answer asks for or an exponential backoff); its attempts are one call:
// one event with its attempt count, billed once, its block-limit reservation held until the
// last. Every tracked call is recorded exactly once, failures included (status 299 when the
// provider sent none). complete() may be called from any thread; the network work and the
// callbacks run on the thread the client lives on. Set the base URL, key, time-out, retries
// and max-tokens setting before calls start.
//
// Plain http:// providers (the simulated model, local servers) go through the client's own
// HTTP/1.1 transport on its thread, one keep-alive connection per call in flight. For
// https:// the client uses QNetworkAccessManager, which in Qt 6.4 opens at most six HTTP/1.1
// connections per host, so it spreads calls over a pool of managers (created as load needs
// them) to keep thousands of calls in flight at once.
class ChatClient : public QObject
{
    Q_OBJECT

public:
    using Completion = std::function<void(base::Result<ChatResponse>)>;
    using DeltaHandler = std::function<void(const ChatDelta &)>;

    explicit ChatClient(payi::ClientBinding binding = payi::ClientBinding::atConstruction(), QObject *parent = nullptr);
    ~ChatClient() override;

    // $OPENAI_BASE_URL, else https://api.openai.com/v1.
    static QUrl defaultBaseUrl();

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url);
    // Defaults to $OPENAI_API_KEY. Sent as a bearer token; never logged or recorded.
    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // A call fails with "timeout" when no byte arrives for this long (default 120 s).
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = qMax(1, ms); }
    // Connections the client may open to the provider (default 1200); over https, six per
    // manager.
    void setMaxConnections(int connections);

    // Which parameter carries the output cap (default Auto: the one the model takes, from its
    // price-table entry's max_tokens_parameter or its name; a request that names one of the two
    // in extraBody keeps it).
    MaxTokensSetting maxTokensSetting() const { return m_maxTokensSetting; }
    void setMaxTokensSetting(MaxTokensSetting setting) { m_maxTokensSetting = setting; }
    // The parameter `request`'s cap is sent as.
    payi::MaxTokensParameter maxTokensParameterFor(const ChatRequest &request) const;

    // When calls are sent again (default: RetryPolicy's, 2 retries).
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setMaxRetries(int retries) { m_retry.maxRetries = qMax(0, retries); }
    // The timer a retry waits on is asked for the policy's delay and answers how long the client
    // really waits, in ms (default: the delay itself). Tests record the delays and wait 0.
    using RetryTimer = std::function<int(int delayMs)>;
    void setRetryTimer(RetryTimer timer) { m_retryTimer = std::move(timer); }

    const payi::ClientBinding &binding() const { return m_binding; }
    bool isInstrumented() const { return m_binding.isInstrumented(); }
    int callsInFlight() const { return m_callsInFlight; }
    int managerCount() const { return int(m_managers.size()); }
    // Connections open to a plain http:// provider, busy or idle.
    int connectionCount() const { return m_plain->connectionCount(); }

    // Starts a call. For streams, onDelta receives each chunk as it arrives. Do not delete
    // the client from a callback (deleteLater() is fine). Calls still in flight when the
    // client goes are dropped without a callback and recorded as abandoned.
    void complete(ChatRequest request, Completion done, DeltaHandler onDelta = {});

private:
    struct Call;
    struct PooledManager
    {
        QNetworkAccessManager *manager;
        int load;
    };

    void send(const std::shared_ptr<Call> &call);
    void sendAttempt(const std::shared_ptr<Call> &call);
    void sendPlain(const std::shared_ptr<Call> &call, const QByteArray &body);
    void sendThroughManager(const std::shared_ptr<Call> &call, const QByteArray &body);
    int acquireManager();
    void receive(Call &call, int status, const QByteArray &bytes);
    void finishExchange(const std::shared_ptr<Call> &call, int status, const net::ExchangeEnd &end);
    bool shouldRetry(const Call &call, int status, const net::ExchangeEnd &end) const;
    void retry(const std::shared_ptr<Call> &call, const net::HttpHeaders &headers);
    // Ends the attempt's exchange or reply, if it has one; the call goes on.
    void releaseAttempt(Call &call);
    bool handleStreamEvent(Call &call, const QByteArray &data);
    payi::Units unitsOf(Call &call);
    void succeed(Call &call);
    void fail(Call &call, const QString &kind, const QString &description, bool withUnits);
    void conclude(Call &call, base::Result<ChatResponse> result);
    QString redacted(QString text) const;

    payi::ClientBinding m_binding;
    QUrl m_baseUrl;
    // The chat completions URL under m_baseUrl, and as text (each event names it).
    QUrl m_chatUrl;
    QString m_chatUri;
    QString m_apiKey;
    int m_timeoutMs = 120'000;
    int m_maxManagers = 200;
    MaxTokensSetting m_maxTokensSetting = MaxTokensSetting::Auto;
    RetryPolicy m_retry;
    RetryTimer m_retryTimer;
    net::PlainHttpTransport *m_plain;
    std::vector<PooledManager> m_managers;
    std::size_t m_nextManager = 0;
    int m_callsInFlight = 0;
};

} // namespace providers
