#include "RunningBackend.h"

#include "ledger/Ledger.h"

#include <QDebug>

std::unique_ptr<RunningBackend> RunningBackend::start(const QString &dataDir, backend::ServerOptions options)
{
    auto running = std::make_unique<RunningBackend>();
    options.port = 0;
    options.dataDir = dataDir;
    options.simLatencyMs = 20;
    options.simulation = backend::SimulationSettings{.baseLatencyMs = 20, .perTokenMs = 1};
    payi::Config config;
    config.globalInstrumentation = options.mode == webapp::InstrumentationMode::Global;
    config.prices = *backend::Backend::loadPrices(options);
    running->instrumentation = std::make_unique<payi::Instrumentation>(config);
    base::Result<std::unique_ptr<backend::Backend>> backend =
        backend::Backend::start(options, *running->instrumentation);
    if (!backend) {
        qWarning() << backend.error().message;
        return nullptr;
    }
    running->backend = std::move(backend).value();
    running->probe = std::make_unique<HttpProbe>(running->backend->url());
    return running;
}

qint64 RunningBackend::calls() const
{
    return backend->ledger().snapshot().all().calls;
}

int RunningBackend::documents() const
{
    return int(backend->ledger().documents()->size());
}
