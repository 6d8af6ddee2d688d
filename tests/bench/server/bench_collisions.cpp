// How often the load panel's default plan finds misattributed calls, at the model latency the
// program starts with: runs the default LoadPlan through the real server (a LoadDriver, as
// the panel does) `runs` times in global mode and as often in scoped mode, and prints how
// many runs had misattributed calls and how many appends each.
//   bench_collisions [runs=20] [latency-ms=the program's default]
#include "backend/Backend.h"
#include "backend/LoadDriver.h"
#include "payi/Instrumentation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    backend::ServerOptions options;
    const int runs = args.size() > 1 ? args.at(1).toInt() : 20;
    options.simLatencyMs = args.size() > 2 ? args.at(2).toInt() : options.simLatencyMs;
    QTemporaryDir dir;
    options.port = 0;
    options.dataDir = dir.path();
    payi::Config config;
    config.globalInstrumentation = false;
    config.prices = *backend::Backend::loadPrices(options);
    payi::Instrumentation instrumentation(config);
    base::Result<std::unique_ptr<backend::Backend>> started = backend::Backend::start(options, instrumentation);
    if (!started) {
        std::fprintf(stderr, "bench_collisions: %s\n", qPrintable(started.error().message));
        return 1;
    }
    backend::Backend &server = **started;
    const backend::LoadPlan plan; // the load panel's defaults
    const backend::SimulationSettings model = server.simulationSettings();
    std::printf("default plan: %d requests, %d at once, %d creates, %d appends to %d documents made first, %d users; "
                "model latency %d ms + %d ms a token\n",
                plan.requests, plan.concurrency, plan.creates(), plan.appends(), plan.documentsToMake(), plan.users,
                model.baseLatencyMs, model.perTokenMs);
    for (const backend::InstrumentationMode mode :
         {backend::InstrumentationMode::Global, backend::InstrumentationMode::Scoped}) {
        server.setMode(mode);
        int colliding = 0;
        QStringList perRun;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < runs; ++i) {
            backend::LoadDriver driver(server.url(), {}, plan);
            backend::LoadProgress progress;
            QEventLoop loop;
            QObject::connect(&driver, &backend::LoadDriver::finished, &loop, [&](const backend::LoadProgress &p) {
                progress = p;
                loop.quit();
            });
            loop.exec();
            colliding += progress.misattributed() > 0 ? 1 : 0;
            perRun.append(QStringLiteral("%1/%2").arg(progress.appendsMisattributed).arg(progress.appends));
        }
        std::printf("%s: %d of %d runs had misattributed calls (%.1f s a run); misattributed appends per run: %s\n",
                    qPrintable(backend::modeName(mode)), colliding, runs, double(clock.elapsed()) / 1000.0 / runs,
                    qPrintable(perRun.join(QLatin1Char(' '))));
    }
    const backend::AuditCounts audit = server.auditCounts();
    std::printf("audit: %lld calls checked, %lld misattributed\n", static_cast<long long>(audit.checked),
                static_cast<long long>(audit.misattributed));
    server.shutdown(std::chrono::seconds(10));
    return 0;
}
