#pragma once

#include "backend/ServerOptions.h"
#include "base/Result.h"

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

    QUrl url() const { return m_url; }
    const ServerOptions &options() const { return m_options; }
    payi::Instrumentation &instrumentation() const { return m_instrumentation; }
    ledger::Ledger &ledger() const { return *m_ledger; }
    webapp::AttributionAudit &audit() const { return *m_audit; }
    simulator::SimulatedModelSettings &simulation() const { return *m_simulation; }
    webapp::InstrumentationMode mode() const;
    void setMode(webapp::InstrumentationMode mode);
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
};

} // namespace backend
