#pragma once

#include "net/HttpServer.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace net {
class PlainHttpTransport;
struct ExchangeEnd;
struct SseEvent;
} // namespace net
namespace payi {
class Instrumentation;
}

namespace webapp {

// Pay-i's OpenAI proxy (docs/http-api.md, "POST /api/v1/proxy/openai/v1/chat/completions"):
// an app whose Pay-i SDK runs in proxy mode (payi_instrument(config={"proxy": True}), its
// OpenAI client's base URL PAYI_BASE_URL/api/v1/proxy/openai/v1) sends its chat completions
// here; Costbench forwards each to the provider the document app uses and answers with the
// provider's status and body plus Pay-i's xproxy_result.
//
// Each call: the request is read whole first (api::readProxyRequest: a refused one records
// nothing); its attribution is the xProxy-* headers' alone, and every id of xProxy-Limit-IDs
// must name a limit (else 400 invalid_limit_ids, api::checkLimitIds); the library begins the call
// (payi::Instrumentation::beginAttributed), reserving its worst case against the block
// limits of xProxy-Limit-IDs, so a call that would pass a max is answered 400
// limit_reached, as Pay-i answers it, and never forwarded (the blocked event is recorded).
// Otherwise the body goes to the provider unchanged (but for the library's output cap and,
// in a stream the client asked no usage of, stream_options.include_usage); the answer is
// recorded once as the call's event, a provider's failure as a failed call.
//
// Streams pass through event by event as they arrive. What Pay-i adds goes on the last
// chunk, so the chunks from the first that ends a choice (finish_reason) or brings usage
// are held until the provider's [DONE], which follows them at once: the usage chunk, with
// xproxy_result, when the client asked for usage; else the usage chunk is dropped, as the
// SDK drops the one it asked for, and xproxy_result goes on the last finish chunk.
//
// Plain http:// providers (the simulated model) go through a PlainHttpTransport on this
// thread, https:// ones through QNetworkAccessManagers (six connections each, made as load
// needs them). The answer does not wait for the event to be committed: the provider has
// answered, and holding its answer for the disk would add a commit to every call; the
// event is in the ledger's queue when the answer goes. Lives on the server's thread, like
// every route; nothing here blocks.
class ProxyRoutes : public QObject
{
    Q_OBJECT

public:
    // Where calls go, as the Backend gives the document app's client.
    struct Upstream
    {
        QUrl baseUrl; // ".../v1": "chat/completions" is added
        // When set, sent as the Authorization header instead of the client's: Costbench's own
        // simulated model behind --token takes the token as its key, and the client has shown
        // the server the token already (possibly as xProxy-api-key).
        QByteArray authorization;
        int timeoutMs = 120'000; // no byte from the provider for this long: 504 timeout
        int maxConnections = 1200;
    };

    explicit ProxyRoutes(payi::Instrumentation &instrumentation, QObject *parent = nullptr);
    ~ProxyRoutes() override;

    // Until it is called, calls are answered 503 no_upstream.
    void setUpstream(const Upstream &upstream);
    void mount(net::HttpServer &server);

    int callsInFlight() const { return m_callsInFlight; }

private:
    struct Call;
    struct PooledManager
    {
        QNetworkAccessManager *manager;
        int load;
    };

    void proxy(const net::HttpRequest &request, const net::Responder &responder);
    QList<QPair<QByteArray, QByteArray>> forwardedHeaders(const net::HttpRequest &request, bool stream) const;
    void sendPlain(const std::shared_ptr<Call> &call, const QList<QPair<QByteArray, QByteArray>> &headers,
                   const QByteArray &body);
    void sendThroughManager(const std::shared_ptr<Call> &call, const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QByteArray &body);
    int acquireManager();
    void receive(const std::shared_ptr<Call> &call, int status, const QByteArray &bytes);
    void passEvent(Call &call, const net::SseEvent &event);
    void finishExchange(const std::shared_ptr<Call> &call, int status, const net::ExchangeEnd &end);
    void recordSuccess(Call &call);
    void recordFailure(Call &call, const QString &kind, const QString &description, bool withUnits);
    void answerWhole(Call &call);
    void releaseHeld(Call &call);
    void flush(const std::shared_ptr<Call> &call);
    void release(Call &call);

    payi::Instrumentation &m_instrumentation;
    Upstream m_upstream;
    QUrl m_chatUrl;
    QString m_chatUri;
    net::PlainHttpTransport *m_plain;
    std::vector<PooledManager> m_managers;
    std::size_t m_nextManager = 0;
    int m_callsInFlight = 0;
};

} // namespace webapp
