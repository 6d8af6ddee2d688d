#include "payi/Instrumentation.h"

#include "base/Clock.h"
#include "payi/OfflineFileSink.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

namespace payi {

Q_LOGGING_CATEGORY(lcPayi, "costbench.payi")

namespace {

QString programName()
{
    const QString name = QCoreApplication::applicationName();
    return name.isEmpty() ? QStringLiteral("program") : name;
}

} // namespace

// --- TrackedCall ---------------------------------------------------------------------

TrackedCall::TrackedCall(TrackedCall &&other) noexcept
{
    *this = std::move(other);
}

TrackedCall &TrackedCall::operator=(TrackedCall &&other) noexcept
{
    if (this != &other) {
        if (m_instrumentation && !m_finished)
            finish(CallOutcome{0,
                               {},
                               {},
                               {},
                               true,
                               QStringLiteral("abandoned"),
                               QStringLiteral("the call was replaced before it finished"),
                               {}});
        m_instrumentation = std::exchange(other.m_instrumentation, nullptr);
        m_start = std::move(other.m_start);
        m_attribution = std::move(other.m_attribution);
        m_reservation = std::move(other.m_reservation);
        m_blocked = std::move(other.m_blocked);
        m_blockedEvent = std::move(other.m_blockedEvent);
        m_outputCap = other.m_outputCap;
        m_startNs = other.m_startNs;
        m_firstTokenNs = other.m_firstTokenNs;
        m_startTime = other.m_startTime;
        m_finished = std::exchange(other.m_finished, true);
    }
    return *this;
}

TrackedCall::~TrackedCall()
{
    if (m_instrumentation && !m_finished)
        finish(CallOutcome{
            0, {}, {}, {}, true, QStringLiteral("abandoned"), QStringLiteral("the call ended without a result"), {}});
}

const CallEvent &TrackedCall::blockedEvent() const
{
    static const CallEvent none;
    return m_blockedEvent ? *m_blockedEvent : none;
}

void TrackedCall::markFirstToken()
{
    if (m_instrumentation && m_firstTokenNs < 0)
        m_firstTokenNs = m_instrumentation->clock().monotonicNs();
}

CallEvent TrackedCall::finish(const CallOutcome &outcome)
{
    if (!m_instrumentation || m_finished)
        return CallEvent();
    m_finished = true;
    return m_instrumentation->finish(*this, outcome);
}

// --- Instrumentation -----------------------------------------------------------------

Instrumentation::Instrumentation(Config config)
    : m_config(std::move(config))
    , m_clock(m_config.clock ? m_config.clock : std::make_shared<const base::SystemClock>())
    , m_globalInstrumentation(m_config.globalInstrumentation)
    , m_prices(m_config.prices ? m_config.prices : std::make_shared<const PriceTable>())
    , m_sinks(std::make_shared<const std::vector<std::shared_ptr<Sink>>>())
{
    updateGlobalContext(m_config.globalContext);
    if (!m_config.offlineInstrumentation.isEmpty())
        addSink(std::make_shared<OfflineFileSink>(m_config.offlineInstrumentation));
}

Instrumentation::~Instrumentation() = default;

Attribution Instrumentation::baseContext() const
{
    Attribution base;
    base.logPromptAndResponse = m_config.logPromptAndResponse;
    return base;
}

Attribution Instrumentation::globalContext() const
{
    std::lock_guard lock(m_mutex);
    return m_global;
}

void Instrumentation::updateGlobalContext(const Params &params)
{
    std::lock_guard lock(m_mutex);
    const std::optional<QString> oldName = m_globalParams.useCaseName;
    m_globalParams.overlay(params);
    if (!m_globalParams.useCaseName)
        m_globalParams.useCaseName = programName();
    if (m_globalGeneratedId.isEmpty() || m_globalParams.useCaseName != oldName)
        m_globalGeneratedId = newUseCaseId();
    m_global = merge(baseContext(), m_globalParams, Origin::Global, m_globalGeneratedId);
}

std::shared_ptr<const PriceTable> Instrumentation::prices() const
{
    std::lock_guard lock(m_mutex);
    return m_prices;
}

void Instrumentation::setPrices(std::shared_ptr<const PriceTable> prices)
{
    std::lock_guard lock(m_mutex);
    m_prices = std::move(prices);
    m_warnedResources.clear();
}

void Instrumentation::addSink(std::shared_ptr<Sink> sink)
{
    std::lock_guard lock(m_mutex);
    auto sinks = std::make_shared<std::vector<std::shared_ptr<Sink>>>(*m_sinks);
    sinks->push_back(std::move(sink));
    m_sinks = std::move(sinks);
}

void Instrumentation::removeSink(const std::shared_ptr<Sink> &sink)
{
    std::lock_guard lock(m_mutex);
    auto sinks = std::make_shared<std::vector<std::shared_ptr<Sink>>>(*m_sinks);
    std::erase(*sinks, sink);
    m_sinks = std::move(sinks);
}

std::optional<Attribution> Instrumentation::rootContext(bool inScope) const
{
    const bool global = globalInstrumentation();
    if (!inScope && !global)
        return std::nullopt;
    return global ? globalContext() : baseContext();
}

void Instrumentation::applyInstrumentConfig(Attribution &resolved) const
{
    // instrument(log_prompt_and_response = false) is a hard switch: no scope or header
    // turns logging back on (_before_invoke_update_request, instrument.py 1141).
    if (!m_config.logPromptAndResponse) {
        resolved.logPromptAndResponse = false;
        resolved.setOrigin(Field::LogPromptAndResponse, Origin::Instrument);
    }
}

std::optional<Attribution> Instrumentation::resolve(const CapturedContext &context, const Params &headers) const
{
    const std::optional<Attribution> root = rootContext(context.hasScope());
    if (!root)
        return std::nullopt;
    Attribution resolved = applyCallHeaders(context.resolve(*root), headers);
    applyInstrumentConfig(resolved);
    return resolved;
}

std::optional<TracedAttribution> Instrumentation::trace(const QList<ScopeLayer> &scopes, const Params &headers) const
{
    const std::optional<Attribution> root = rootContext(!scopes.isEmpty());
    if (!root)
        return std::nullopt;
    QString rootGeneratedId;
    if (globalInstrumentation()) {
        std::lock_guard lock(m_mutex);
        if (!m_globalParams.useCaseId)
            rootGeneratedId = m_globalGeneratedId;
    }
    TracedAttribution traced = traceLayers(*root, scopes, headers, rootGeneratedId);
    applyInstrumentConfig(traced.attribution);
    if (traced.attribution.origin(Field::LogPromptAndResponse) == Origin::Instrument)
        traced.setBy[static_cast<int>(Field::LogPromptAndResponse)] = RootLayer;
    return traced;
}

TrackedCall Instrumentation::begin(CallStart start)
{
    std::optional<Attribution> attribution = resolve(start.context, start.headers);
    if (!attribution)
        return TrackedCall();
    return startTracking(std::move(start), std::move(*attribution));
}

TrackedCall Instrumentation::beginAttributed(CallStart start, Attribution attribution)
{
    if (!m_config.logPromptAndResponse) {
        attribution.logPromptAndResponse = false;
        attribution.setOrigin(Field::LogPromptAndResponse, Origin::Instrument);
    }
    return startTracking(std::move(start), std::move(attribution));
}

TrackedCall Instrumentation::startTracking(CallStart start, Attribution attribution)
{
    TrackedCall call;
    call.m_instrumentation = this;
    call.m_attribution = std::move(attribution);
    call.m_startNs = m_clock->monotonicNs();
    call.m_startTime = m_clock->nowUtc();
    call.m_start = std::move(start);

    const QStringList &limitIds = call.m_attribution.limitIds;
    if (!limitIds.isEmpty()) {
        const CallStart &s = call.m_start;
        const qint64 maxOutput = s.maxOutputTokens > 0 ? s.maxOutputTokens : m_config.defaultMaxOutputTokens;
        const QString priced =
            call.m_attribution.priceAsResource.isEmpty() ? s.resource : call.m_attribution.priceAsResource;
        const base::Result<Money> worst = prices()->worstCase(priced, s.inputUpperBound, maxOutput);
        // A worst case out of range can never fit a limit: reserve the largest amount.
        const Money amount = worst ? *worst : Money::fromPico(std::numeric_limits<qint64>::max());
        const LimitRegistry::Outcome outcome = m_limits.reserve(limitIds, amount, &call.m_reservation);
        if (call.m_reservation.bounded && s.maxOutputTokens <= 0)
            call.m_outputCap = maxOutput;
        if (!outcome.blocked.isEmpty()) {
            call.m_blocked = outcome.blocked;
            call.m_finished = true;
            call.m_blockedEvent = std::make_unique<CallEvent>();
            CallEvent &e = *call.m_blockedEvent;
            e.eventId = newUseCaseId();
            e.requestId = s.requestId.isEmpty() ? e.eventId : s.requestId;
            e.category = s.category;
            e.resource = s.resource;
            e.providerUri = s.providerUri;
            e.eventTimestamp = call.m_startTime;
            e.streaming = s.streaming;
            e.httpStatusCode = 429;
            e.attempts = 0; // refused before any request was sent
            e.attribution = call.m_attribution;
            e.properties = call.m_attribution.requestProperties;
            e.failed = true;
            e.failureKind = QStringLiteral("limit_blocked");
            e.failureDescription = BlockedCall{outcome.blocked, amount}.describe();
            e.price = PriceProvenance{prices()->version(), priced, prices()->find(priced) == nullptr};
            e.limits = outcome.states;
            e.blockedLimitIds = outcome.blocked;
            e.source = s.source;
            e.sourceHeaders = s.sourceHeaders;
            emitEvent(e);
        }
    }
    return call;
}

CallEvent Instrumentation::finish(TrackedCall &call, const CallOutcome &outcome)
{
    const CallStart &s = call.m_start;
    const Attribution &a = call.m_attribution;
    CallEvent e;
    e.eventId = newUseCaseId();
    e.requestId = s.requestId.isEmpty() ? e.eventId : s.requestId;
    e.category = s.category;
    e.resource = s.resource;
    e.providerUri = s.providerUri;
    e.eventTimestamp = call.m_startTime;
    const qint64 nowNs = m_clock->monotonicNs();
    e.endToEndLatencyMs = (nowNs - call.m_startNs) / 1'000'000;
    if (call.m_firstTokenNs >= 0)
        e.timeToFirstTokenMs = (call.m_firstTokenNs - call.m_startNs) / 1'000'000;
    e.httpStatusCode = outcome.failed && outcome.httpStatusCode == 0 ? NoProviderStatus : outcome.httpStatusCode;
    e.providerResponseId = outcome.providerResponseId;
    e.streaming = s.streaming;
    e.units = outcome.units;
    e.rawUsage = outcome.rawUsage;
    e.usageEstimated = outcome.usageEstimated;
    e.attempts = outcome.attempts;
    e.attribution = a;
    e.properties = a.requestProperties;
    e.failed = outcome.failed;
    e.failureKind = outcome.failureKind;
    e.failureDescription = outcome.failureDescription;
    e.source = s.source;
    e.sourceHeaders = s.sourceHeaders;

    priceAndSettle(e, call.m_reservation);

    if (a.logPromptAndResponse) {
        e.providerRequestJson = QString::fromUtf8(s.providerRequest);
        e.providerResponseJson = QString::fromUtf8(outcome.providerResponse);
    }
    emitEvent(e);
    return e;
}

CallEvent Instrumentation::record(CallEvent event)
{
    event.cost = Cost();
    event.limits.clear();
    priceAndSettle(event, {});
    if (!m_config.logPromptAndResponse) {
        event.attribution.logPromptAndResponse = false;
        event.attribution.setOrigin(Field::LogPromptAndResponse, Origin::Instrument);
    }
    if (!event.attribution.logPromptAndResponse) {
        event.providerRequestJson.clear();
        event.providerResponseJson.clear();
    }
    emitEvent(event);
    return event;
}

void Instrumentation::priceAndSettle(CallEvent &e, const LimitRegistry::Reservation &reservation)
{
    const Attribution &a = e.attribution;
    const QString priced = a.priceAsResource.isEmpty() ? e.resource : a.priceAsResource;
    const std::shared_ptr<const PriceTable> table = prices();
    const base::Result<Cost> cost = table->cost(priced, e.units, &e.price);
    if (e.price.unknownResource)
        warnUnknownResource(priced);
    // A failed call is not billed; its units are kept for the record.
    if (cost && !e.failed)
        e.cost = *cost;
    else if (!cost)
        e.properties.insert(QStringLiteral("system.cost_error"), cost.error().message);

    if (!a.limitIds.isEmpty())
        e.limits = m_limits.settle(a.limitIds, reservation, e.cost.total, e.failed).states;
}

void Instrumentation::warnUnknownResource(const QString &resource)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_warnedResources.contains(resource))
            return;
        m_warnedResources.insert(resource);
    }
    qCWarning(lcPayi).noquote() << "no price for resource" << resource
                                << "in the price table: its calls are recorded as unknown_resource with cost 0";
}

void Instrumentation::emitEvent(const CallEvent &event)
{
    std::shared_ptr<const std::vector<std::shared_ptr<Sink>>> sinks;
    {
        std::lock_guard lock(m_mutex);
        sinks = m_sinks;
    }
    for (const std::shared_ptr<Sink> &sink : *sinks) {
        try {
            sink->consume(event);
        } catch (...) {
            m_sinkFailures.fetch_add(1);
        }
    }
    m_eventsEmitted.fetch_add(1);
}

// --- the process-wide instance -------------------------------------------------------

namespace {
std::mutex g_instrumentMutex;
std::atomic<Instrumentation *> g_instrumentation{nullptr};
} // namespace

bool instrument(Config config)
{
    std::lock_guard lock(g_instrumentMutex);
    if (g_instrumentation.load())
        return false;
    // Lives until the process ends: clients hold plain pointers to it.
    g_instrumentation.store(new Instrumentation(std::move(config)));
    return true;
}

Instrumentation *instrumentation()
{
    return g_instrumentation.load();
}

TrackedCall ClientBinding::begin(CallStart start) const
{
    return m_instrumentation ? m_instrumentation->begin(std::move(start)) : TrackedCall();
}

} // namespace payi
