#pragma once

#include "backend/ReadModels.h"
#include "backend/RunTimeline.h"
#include "backend/ServerOptions.h"
#include "base/Result.h"
#include "payi/Attribution.h"
#include "payi/Limit.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>
#include <vector>

class QThread;

namespace payi {
class Instrumentation;
class PriceTable;
class IngestSink;
class Sink;
} // namespace payi
namespace ledger {
class Ledger;
}
namespace providers {
class ChatClient;
}
namespace simulator {
class ModelServer;
class SimulatedModelSettings;
} // namespace simulator
namespace webapp {
class AttributionAudit;
}

namespace backend {

class CallEventFeed;
class LoadDriver;
struct LoadPlan;
class ServerThreadObjects;

// Everything behind the window and the command line, wired: the ledger, the HTTP server
// with the document app, the JSON API and the simulated model, and the provider client.
// The server and the document app run on a thread of their own, the provider client on
// another; the simulated model the client calls answers from a third; the ledger writes on
// its own. The owner (the window or main()) keeps only this facade, whose
// functions are safe to call from its thread.
class Backend : public QObject
{
    Q_OBJECT

public:
    // The price table of --prices, or the shipped one.
    static base::Result<std::shared_ptr<const payi::PriceTable>> loadPrices(const ServerOptions &options);

    // Opens the ledger, restores the limits, starts the server and listens. instrumentation
    // must outlive the Backend (payi::instrument()'s does); its global instrumentation is
    // set from options.mode. Errors name what failed and how to fix it.
    static base::Result<std::unique_ptr<Backend>> start(const ServerOptions &options,
                                                        payi::Instrumentation &instrumentation);
    // Stops at once (shutdown() with no grace) if not already stopped.
    ~Backend() override;

    // Stops accepting connections, lets requests in flight finish for up to grace, then
    // stops the server thread and commits everything the ledger holds.
    void shutdown(std::chrono::milliseconds grace);

    // The folder the ledger of options lives in: --data-dir, or the platform's app-data folder.
    static QString dataDir(const ServerOptions &options);

    // What the window reads and starts. None of these waits on SQL or the network: reads
    // return copies or immutable snapshots, the feed and the export read on the thread
    // pool. The window changes nothing through the facade: every change (documents, limits,
    // mode, prices, the simulated model) goes through the HTTP API at url(), as an outside
    // client's would, and so does a load run.
    QUrl url() const { return m_url; }
    const ServerOptions &options() const { return m_options; }
    // The ledger's live totals, taken in memory.
    CostSnapshot snapshot() const;
    // A feed of the events with seq > afterSeq, owned by parent; it reads on the thread pool.
    CallEventFeed *eventFeed(qint64 afterSeq, QObject *parent) const;
    // Writes every event (those of one source, when source is not empty) to path on the
    // thread pool; the result is how many were written. The Backend must outlive the future.
    QFuture<base::Result<qint64>> exportEvents(const QString &path, EventFormat format,
                                               const QString &source = {}) const;
    AuditCounts auditCounts() const;
    // The latest misattributions, newest last (at most webapp::AttributionAudit::RecentLimit).
    QList<Misattribution> misattributions() const;
    payi::Attribution globalContext() const;
    QList<payi::Limit> limits() const;
    // One limit by its id; nullopt when none has it.
    std::optional<payi::Limit> limit(const QString &id) const;
    std::shared_ptr<const payi::PriceTable> prices() const;
    SimulationSettings simulationSettings() const;
    InstrumentationMode mode() const;
    // Starts plan against url() at once, as an outside client would; the driver is parent's.
    // The run's timeline is recorded from now until the driver finishes.
    LoadDriver *startLoad(const LoadPlan &plan, QObject *parent) const;
    // The timeline of the load run going on, or of the last one (kept across restarts): the
    // entries from `from` on if `run` is still the run, else all of them.
    TimelineUpdate timeline(quint64 run, quint64 from) const;
    // The file the last run's timeline is kept in.
    QString timelinePath() const { return m_timeline->path(); }

    // The wiring's parts, for the objects the server runs and for tests in process. The
    // window uses none of them: it reads through the functions above and changes state
    // through the HTTP API.
    payi::Instrumentation &instrumentation() const { return m_instrumentation; }
    ledger::Ledger &ledger() const { return *m_ledger; }
    webapp::AttributionAudit &audit() const { return *m_audit; }
    void setMode(InstrumentationMode mode);

    // The requests the server holds now (the window's status bar reads it too).
    qint64 requestsInFlight() const;

private:
    Backend(const ServerOptions &options, payi::Instrumentation &instrumentation);
    std::optional<base::Error> startServer();
    std::optional<base::Error> startModelServer(QUrl &modelBase);

    ServerOptions m_options;
    payi::Instrumentation &m_instrumentation;
    std::unique_ptr<ledger::Ledger> m_ledger;
    std::shared_ptr<webapp::AttributionAudit> m_audit;
    std::shared_ptr<simulator::SimulatedModelSettings> m_simulation;
    std::shared_ptr<payi::Sink> m_ledgerSink;
    std::shared_ptr<payi::IngestSink> m_ingestSink; // when PAYI_API_KEY is set
    QThread *m_thread = nullptr;
    ServerThreadObjects *m_objects = nullptr; // lives on m_thread
    QThread *m_providerThread = nullptr;
    providers::ChatClient *m_client = nullptr; // lives on m_providerThread
    // The model the client calls under --provider sim. The main port serves /sim/v1 as well,
    // for outside clients; both share the settings.
    std::unique_ptr<simulator::ModelServer> m_modelServer;
    QUrl m_url;
    std::unique_ptr<RunTimeline> m_timeline;
};

} // namespace backend
