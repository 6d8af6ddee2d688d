#include "backend/Backend.h"

#include "base/Handoff.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerSink.h"
#include "net/EpollThread.h"
#include "net/HttpServer.h"
#include "payi/IngestSink.h"
#include "payi/Instrumentation.h"
#include "providers/ChatClient.h"
#include "simulator/ModelServer.h"
#include "simulator/SimulatedModel.h"
#include "simulator/SimulatedModelRoute.h"
#include "webapp/ApiRoutes.h"
#include "webapp/AttributionAudit.h"
#include "webapp/DocumentService.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QThread>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>

namespace backend {

// The objects that live on the server's thread, made and destroyed there.
class ServerThreadObjects : public QObject
{
public:
    ServerThreadObjects(Backend &backend, std::shared_ptr<simulator::SimulatedModelSettings> simulation,
                        providers::ChatClient &client)
        : http(this)
        , simulated(std::make_shared<simulator::SimulatedModel>(42, std::move(simulation),
                                                                simulator::ModelCatalogue(backend.instrumentation())),
                    this)
        , documents(backend.instrumentation(), backend.ledger(), client, backend.audit(), backend.options().model, this)
        , api(backend.instrumentation(), backend.ledger(), documents, backend.audit())
    {
        documents.mount(http);
        api.mount(http);
        simulated.mount(http);
    }

    net::HttpServer http;
    simulator::SimulatedModelRoute simulated;
    webapp::DocumentService documents;
    webapp::ApiRoutes api;
};

namespace {

// Makes room for the descriptors of thousands of connections before the threads that open
// them run. The soft limit rises to the hard one: a load run from the window takes four
// descriptors per request in flight, one at each end of both hops (20,000 at its 5,000), and
// a desktop session starts at 1,024. Then the kernel's table of descriptors is grown at once
// to what a large burst needs. Left to itself it doubles as descriptors are opened, and in a
// process of several threads each doubling waits for an RCU grace period while every thread
// that opens or accepts a socket waits on it: 14 to 26 ms each, three times in the first
// burst of 2,000 connections on the 2-core test machine. Here that wait happens once, at
// start, and not at all when no other thread runs yet.
void reserveDescriptors()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    if (limit.rlim_cur < limit.rlim_max) {
        const rlim_t soft = limit.rlim_cur;
        limit.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
            limit.rlim_cur = soft;
    }
    constexpr rlim_t TableSize = 65536; // 0.5 MiB of the kernel's memory
    const int any = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (any < 0)
        return;
    // The lowest free descriptor at or above the highest the table is to hold: that one.
    const int highest = ::fcntl(any, F_DUPFD_CLOEXEC, int(std::min(limit.rlim_cur, TableSize) - 1));
    if (highest >= 0)
        ::close(highest);
    ::close(any);
}

} // namespace

base::Result<std::shared_ptr<const payi::PriceTable>> Backend::loadPrices(const ServerOptions &options)
{
    const QString path = options.pricesFile.isEmpty() ? QStringLiteral(":/costbench/prices.json") : options.pricesFile;
    base::Result<payi::PriceTable> table = payi::PriceTable::fromFile(path);
    if (!table)
        return table.error();
    return std::make_shared<const payi::PriceTable>(std::move(table).value());
}

Backend::Backend(const ServerOptions &options, payi::Instrumentation &instrumentation)
    : m_options(options)
    , m_instrumentation(instrumentation)
    , m_audit(std::make_shared<webapp::AttributionAudit>())
    , m_simulation(std::make_shared<simulator::SimulatedModelSettings>())
{
}

base::Result<std::unique_ptr<Backend>> Backend::start(const ServerOptions &options,
                                                      payi::Instrumentation &instrumentation)
{
    const simulator::ModelCatalogue served(instrumentation);
    if (options.provider == ProviderKind::Simulated && !served.serves(options.model)) {
        QStringList models;
        for (const simulator::ModelEntry &model : served.list())
            models.append(model.id);
        // The simulated model refuses unknown models as OpenAI does: every call would fail.
        return base::Error{QStringLiteral("unknown_model"),
                           QStringLiteral("--model %1: the simulated model serves the models of the price table (%2)")
                               .arg(options.model.left(64), models.join(QStringLiteral(", ")))};
    }
    reserveDescriptors();
    std::unique_ptr<Backend> backend(new Backend(options, instrumentation));
    ledger::LedgerOptions ledgerOptions;
    ledgerOptions.clock = &instrumentation.clock();
    ledgerOptions.retentionBytes = options.retentionBytes;
    base::Result<std::unique_ptr<ledger::Ledger>> opened = ledger::Ledger::open(dataDir(options), ledgerOptions);
    if (!opened)
        return opened.error();
    backend->m_ledger = std::move(opened).value();
    backend->m_timeline = std::make_unique<RunTimeline>(QDir(dataDir(options)).filePath(TimelineTrace::fileName()));

    const base::Result<QList<ledger::LimitTotals>> limits = backend->m_ledger->limits();
    if (!limits)
        return limits.error();
    for (const ledger::LimitTotals &stored : *limits)
        instrumentation.limits().restore(stored.limit);
    // What the attribution audit found before: its counts, and its latest misattributions.
    const base::Result<QList<ledger::StoredEvent>> misattributed =
        backend->m_ledger->misattributed(webapp::AttributionAudit::RecentLimit);
    if (!misattributed)
        return misattributed.error();
    const ledger::AggregateSnapshot counted = backend->m_ledger->snapshot();
    backend->m_audit->restore(counted.auditChecked(), counted.auditMisattributed(), *misattributed);

    simulator::SimulatedModelSettings::Snapshot sim = backend->m_simulation->snapshot();
    sim.baseLatencyMs = options.simLatencyMs;
    sim.failureRate = options.simFailRate;
    backend->m_simulation->apply(options.simulation.value_or(sim));

    // The audit's finding of each event is stored in the event's row, through the writer's queue.
    backend->m_ledgerSink = std::make_shared<ledger::LedgerSink>(
        backend->m_ledger.get(), [audit = backend->m_audit](const payi::CallEvent &e) { return audit->check(e); });
    instrumentation.addSink(backend->m_ledgerSink);
    if (const std::optional<payi::IngestSink::Options> ingest = payi::IngestSink::optionsFromEnvironment()) {
        backend->m_ingestSink = std::make_shared<payi::IngestSink>(*ingest);
        instrumentation.addSink(backend->m_ingestSink);
    }
    instrumentation.setGlobalInstrumentation(options.mode == webapp::InstrumentationMode::Global);

    if (const std::optional<base::Error> failed = backend->startServer())
        return *failed;
    return backend;
}

std::optional<base::Error> Backend::startServer()
{
    QUrl providerBase;
    QString providerKey;
    if (m_options.provider == ProviderKind::OpenAI) {
        providerBase = providers::ChatClient::defaultBaseUrl();
        providerKey = qEnvironmentVariable("OPENAI_API_KEY");
        if (providerKey.isEmpty())
            return base::Error{
                QStringLiteral("no_api_key"),
                QStringLiteral("--provider openai needs OPENAI_API_KEY (and OPENAI_BASE_URL for a server "
                               "other than OpenAI's); or use --provider sim, which needs neither")};
    }

    // The provider calls have a thread of their own: the server's thread parses, routes and
    // answers; this one sends the calls, reads the answers and records their events.
    m_providerThread = net::startEpollThread(QStringLiteral("costbench-provider"), [&] {
        m_client = new providers::ChatClient(payi::ClientBinding(&m_instrumentation));
        m_client->setBaseUrl(providerBase);
        m_client->setMaxTokensSetting(m_options.maxTokensParameter);
        m_client->setMaxRetries(m_options.maxRetries);
        if (!providerKey.isEmpty())
            m_client->setApiKey(providerKey);
        if (m_options.provider == ProviderKind::Simulated) {
            // A time-out fault holds its request until the client gives up: long enough
            // for the slowest simulated answer, short enough for a QA session.
            m_client->setTimeoutMs(10'000 + 2 * m_options.simLatencyMs);
            m_client->setApiKey(m_options.token);
            // Loopback to ourselves: as many connections as requests the server may hold, so
            // that calls never queue behind a connection cap (2,000 in flight at once).
            m_client->setMaxConnections(4096);
        }
        if (m_options.providerTimeoutMs > 0)
            m_client->setTimeoutMs(m_options.providerTimeoutMs);
    });
    std::optional<net::HttpServer::ListenError> listenError;
    m_thread = net::startEpollThread(QStringLiteral("costbench-server"), [&] {
        m_objects = new ServerThreadObjects(*this, m_simulation, *m_client);
        m_objects->http.setBearerToken(m_options.token.toUtf8());
        m_objects->http.setRequestTimeout(std::chrono::milliseconds(m_options.requestTimeoutMs));
        listenError = m_objects->http.listen(m_options.bind, m_options.port);
    });
    m_timeline->attach(m_objects->documents.timeline());
    if (listenError) {
        shutdown(std::chrono::milliseconds(0));
        return base::Error{QStringLiteral("listen_failed"),
                           listenError->message + QStringLiteral(" (another program uses the port? try --port 0)")};
    }
    const quint16 port = m_objects->http.serverPort();
    const QHostAddress host = m_options.bind == QHostAddress::Any || m_options.bind == QHostAddress::AnyIPv6
                                  ? QHostAddress(QHostAddress::LocalHost)
                                  : m_options.bind;
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(host.toString());
    m_url.setPort(port);
    // Pay-i's proxy route forwards to the provider the document app's client calls, with the
    // same time-out and connections.
    webapp::ProxyRoutes::Upstream upstream;
    upstream.baseUrl = providerBase;
    if (m_options.provider == ProviderKind::Simulated) {
        QUrl sim;
        if (const std::optional<base::Error> failed = startModelServer(sim)) {
            shutdown(std::chrono::milliseconds(0));
            return failed;
        }
        base::runOnAndWait(m_client, [client = m_client, sim] { client->setBaseUrl(sim); });
        upstream.baseUrl = sim;
        // The model's port takes the server's token as its key; the proxy's client has shown it.
        if (!m_options.token.isEmpty())
            upstream.authorization = "Bearer " + m_options.token.toUtf8();
        upstream.timeoutMs = 10'000 + 2 * m_options.simLatencyMs;
        upstream.maxConnections = 4096;
    }
    if (m_options.providerTimeoutMs > 0)
        upstream.timeoutMs = m_options.providerTimeoutMs;
    base::runOnAndWait(&m_objects->http, [proxy = &m_objects->api.proxy(), upstream] { proxy->setUpstream(upstream); });
    return std::nullopt;
}

std::optional<base::Error> Backend::startModelServer(QUrl &modelBase)
{
    // The client sends the server's token as its key: the same rule guards both ports.
    m_modelServer = std::make_unique<simulator::ModelServer>(
        std::make_shared<simulator::SimulatedModel>(42, m_simulation, simulator::ModelCatalogue(m_instrumentation)),
        m_options.token.toUtf8());
    if (std::optional<base::Error> failed = m_modelServer->start())
        return failed;
    modelBase = m_modelServer->baseUrl();
    return std::nullopt;
}

Backend::~Backend()
{
    shutdown(std::chrono::milliseconds(0));
}

void Backend::shutdown(std::chrono::milliseconds grace)
{
    if (m_objects) {
        base::runOnAndWait(&m_objects->http, [http = &m_objects->http] { http->close(); });
        const QDeadlineTimer deadline(grace);
        while (m_objects->http.requestsInFlight() > 0 && !deadline.hasExpired())
            QThread::msleep(10);
    }
    net::stopEpollThread(m_thread, m_objects);
    // After the document app, which calls the client and takes its answers.
    net::stopEpollThread(m_providerThread, m_client);
    // After the client: the model answers its calls until the client is gone.
    if (m_modelServer)
        m_modelServer->stop();
    if (m_ledgerSink) {
        m_instrumentation.removeSink(m_ledgerSink);
        m_ledgerSink.reset();
    }
    if (m_ingestSink) {
        m_instrumentation.removeSink(m_ingestSink);
        // Events still queued get a moment to reach the service before the process ends.
        m_ingestSink->flush(int(std::max<qint64>(grace.count(), 1000)));
        m_ingestSink.reset();
    }
    if (m_ledger)
        m_ledger->flush();
}

webapp::InstrumentationMode Backend::mode() const
{
    return m_instrumentation.globalInstrumentation() ? webapp::InstrumentationMode::Global
                                                     : webapp::InstrumentationMode::Scoped;
}

void Backend::setMode(webapp::InstrumentationMode mode)
{
    if (m_objects)
        m_objects->documents.setMode(mode);
}

qint64 Backend::requestsInFlight() const
{
    return m_objects ? m_objects->http.requestsInFlight() : 0;
}

} // namespace backend
