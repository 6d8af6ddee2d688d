#pragma once

#include "payi/CallEvent.h"
#include "payi/Config.h"
#include "payi/LimitRegistry.h"
#include "payi/ScopeTrace.h"
#include "payi/Sink.h"
#include "payi/TrackContext.h"

#include <QJsonObject>
#include <QSet>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace base {
class Clock;
}

namespace payi {

class Instrumentation;

// What a provider client tells the library when a call starts.
struct CallStart
{
    QString category = QStringLiteral("system.openai");
    QString resource;
    QString providerUri;
    bool streaming = false;
    // Per-call xProxy-* headers: the highest precedence (payi::applyCallHeaders).
    Params headers;
    // Upper bounds for the block-limit reservation.
    qint64 inputUpperBound = 0;
    qint64 maxOutputTokens = 0; // 0: the call gave none; Config::defaultMaxOutputTokens applies
    // The id of the request that issued the call (e.g. an HTTP request), kept on the event.
    QString requestId;
    // The request as JSON text, logged only when log_prompt_and_response: the client has
    // serialized it to send it, so the library keeps those bytes rather than a JSON tree.
    QByteArray providerRequest;
    // The scopes the call runs under; by default those in force on this thread now.
    CapturedContext context = CapturedContext::current();
    // Where the call comes from, kept on its event: Costbench's own document app, unless a
    // route calls on an outside app's behalf (webapp::RequestSource::applyTo).
    QString source = documentAppSource();
    SourceHeaders sourceHeaders;
};

// What a provider client tells the library when a call ends.
struct CallOutcome
{
    int httpStatusCode = 200;
    QString providerResponseId;
    Units units;
    QJsonObject rawUsage;
    bool failed = false;
    QString failureKind;
    QString failureDescription;
    QByteArray providerResponse; // JSON text, logged only when log_prompt_and_response
    bool usageEstimated = false; // the units are an estimate: the provider reported no usage
    int attempts = 1;            // HTTP requests sent for the call, retries included
};

// One call in flight, from start to its single event. Move-only. If it is destroyed
// without finish(), it is recorded as an abandoned failure: an event is never lost and
// never recorded twice.
class TrackedCall
{
public:
    TrackedCall() = default;
    TrackedCall(TrackedCall &&other) noexcept;
    TrackedCall &operator=(TrackedCall &&other) noexcept;
    ~TrackedCall();

    // False when nothing tracks the call (no instrumentation, or global instrumentation
    // off and no scope): the provider goes ahead and nothing is recorded.
    bool isTracked() const { return m_instrumentation != nullptr; }
    // True when a block limit refused the call: do not call the provider. The blocked
    // event is already recorded; finish() is not needed.
    bool isBlocked() const { return !m_blocked.isEmpty(); }
    QStringList blockedLimitIds() const { return m_blocked; }
    const Attribution &attribution() const { return m_attribution; }
    // The output cap the provider must send, as max_tokens or max_completion_tokens (0: no
    // cap needed). The reservation it bounds holds until finish(), across every retry.
    qint64 outputTokenCap() const { return m_outputCap; }
    // The blocked event, for a blocked call (an empty one otherwise).
    const CallEvent &blockedEvent() const;

    void markFirstToken();
    // Records the call's event once and returns it. Later calls return an empty event.
    CallEvent finish(const CallOutcome &outcome);

private:
    friend class Instrumentation;
    Instrumentation *m_instrumentation = nullptr;
    CallStart m_start;
    Attribution m_attribution;
    LimitRegistry::Reservation m_reservation;
    QStringList m_blocked;
    std::unique_ptr<CallEvent> m_blockedEvent; // made for a blocked call only
    qint64 m_outputCap = 0;
    qint64 m_startNs = 0;
    qint64 m_firstTokenNs = -1;
    QDateTime m_startTime;
    bool m_finished = false;
};

// The library's state: configuration, the global context, limits, prices and sinks.
// Thread-safe. instrument() makes the process-wide one; tests may make their own.
class Instrumentation
{
public:
    explicit Instrumentation(Config config);
    ~Instrumentation();
    Instrumentation(const Instrumentation &) = delete;
    Instrumentation &operator=(const Instrumentation &) = delete;

    bool globalInstrumentation() const { return m_globalInstrumentation.load(); }
    void setGlobalInstrumentation(bool on) { m_globalInstrumentation.store(on); }

    // The global context, resolved (use_case_name defaulted, use_case_id generated).
    Attribution globalContext() const;
    // Changes fields of the global context: given fields replace, others stay.
    void updateGlobalContext(const Params &params);

    std::shared_ptr<const PriceTable> prices() const;
    void setPrices(std::shared_ptr<const PriceTable> prices);

    LimitRegistry &limits() { return m_limits; }
    const base::Clock &clock() const { return *m_clock; }
    const Config &config() const { return m_config; }

    void addSink(std::shared_ptr<Sink> sink);
    void removeSink(const std::shared_ptr<Sink> &sink);

    // What a call made now on this thread would be attributed to; nullopt: untracked.
    std::optional<Attribution> resolve(const CapturedContext &context, const Params &headers = {}) const;
    // What resolve() gives for a call made inside these scopes (outermost first) with these
    // headers, and which of them wrote each field (the scope lab); nullopt: untracked.
    std::optional<TracedAttribution> trace(const QList<ScopeLayer> &scopes, const Params &headers = {}) const;

    // Starts tracking one call: resolves its attribution and reserves against its limits.
    TrackedCall begin(CallStart start);
    // Starts tracking a call whose attribution was resolved elsewhere: an outside app's,
    // sent in its xProxy-* headers through Costbench's proxy route. Neither the global
    // context nor any scope applies (start.context and start.headers are not read);
    // instrument()'s log_prompt_and_response = false still turns logging off. Reserves
    // against the attribution's limits as begin() does: the call may come back blocked.
    TrackedCall beginAttributed(CallStart start, Attribution attribution);

    // Records a call that was tracked elsewhere and reported here whole (an app's Pay-i SDK
    // through Costbench's ingest route): `event` holds what the report says, its attribution
    // included. The library then does what finish() does for its own calls: prices the units
    // with the table in use (price_as_resource when the attribution has one; an unknown
    // resource costs 0 and is flagged; a failed call is not billed), settles the cost against
    // the attribution's limit_ids (nothing was reserved: the call has run; an unknown id is
    // Failed), drops the texts when instrument()'s log_prompt_and_response is false, and hands
    // the event to every sink before returning it as recorded.
    CallEvent record(CallEvent event);

    // Events emitted, and sink failures caught (a sink that threw).
    qint64 eventsEmitted() const { return m_eventsEmitted.load(); }
    qint64 sinkFailures() const { return m_sinkFailures.load(); }

private:
    friend class TrackedCall;
    void emitEvent(const CallEvent &event);
    TrackedCall startTracking(CallStart start, Attribution attribution);
    CallEvent finish(TrackedCall &call, const CallOutcome &outcome);
    // Sets the event's cost and price from its units, and its limit states.
    void priceAndSettle(CallEvent &event, const LimitRegistry::Reservation &reservation);
    void warnUnknownResource(const QString &resource);
    Attribution baseContext() const;
    // The context a call's scopes resolve on (the global context, or an empty one when
    // global instrumentation is off); nullopt: a call outside every scope is not tracked.
    std::optional<Attribution> rootContext(bool inScope) const;
    // instrument()'s own log_prompt_and_response, a hard switch over every layer.
    void applyInstrumentConfig(Attribution &resolved) const;

    Config m_config;
    std::shared_ptr<const base::Clock> m_clock;
    std::atomic<bool> m_globalInstrumentation;
    mutable std::mutex m_mutex; // guards the fields below
    Params m_globalParams;
    QString m_globalGeneratedId;
    Attribution m_global;
    std::shared_ptr<const PriceTable> m_prices;
    std::shared_ptr<const std::vector<std::shared_ptr<Sink>>> m_sinks;
    QSet<QString> m_warnedResources;

    LimitRegistry m_limits;
    std::atomic<qint64> m_eventsEmitted{0};
    std::atomic<qint64> m_sinkFailures{0};
};

// payi_instrument(): once per process. The first call creates the process-wide
// Instrumentation and returns true; later calls change nothing and return false.
bool instrument(Config config = {});
// The process-wide Instrumentation, or null before instrument().
Instrumentation *instrumentation();

// What a provider client holds from its construction: the Instrumentation in force when
// it was created. A client created before instrument() holds none, and its calls are not
// tracked, as in the SDK; the rule is kept visible here instead of hidden in patching.
class ClientBinding
{
public:
    // Binds to the process-wide Instrumentation as it is now (possibly none).
    static ClientBinding atConstruction() { return ClientBinding(payi::instrumentation()); }
    explicit ClientBinding(Instrumentation *instrumentation) : m_instrumentation(instrumentation) {}

    bool isInstrumented() const { return m_instrumentation != nullptr; }
    Instrumentation *instrumentation() const { return m_instrumentation; }

    // Starts tracking a call; an untracked TrackedCall when not instrumented.
    TrackedCall begin(CallStart start) const;

private:
    Instrumentation *m_instrumentation;
};

} // namespace payi
