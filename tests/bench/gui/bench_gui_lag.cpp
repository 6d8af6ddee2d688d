// Opens the workbench window (offscreen unless a platform is given) over a real Backend,
// drives the load panel at a fixed rate for a few seconds and prints how late the GUI
// thread's event loop ran: p50, p99 and max of a 10 ms probe timer's lateness, and the CPU
// time the GUI thread used (which a loaded machine does not blur as it does the lag). With
// --timeline the Timeline tab is open and visible throughout, following the run live; with
// --global the server runs in global mode (the timeline then draws its arrows).
//   bench_gui_lag [--timeline] [--global] [rate=2000] [seconds=5] [latency-ms=20] [concurrency=400]
#include "backend/Backend.h"
#include "gui/LagProbe.h"
#include "gui/LoadPanel.h"
#include "gui/MainWindow.h"
#include "payi/Instrumentation.h"

#include <QApplication>
#include <QEventLoop>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

namespace {

// CPU time the calling thread has used, in ms: what the GUI thread spent, however loaded the machine.
double threadCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    const bool timeline = args.removeAll(QStringLiteral("--timeline")) > 0;
    const bool global = args.removeAll(QStringLiteral("--global")) > 0;
    const auto arg = [&args](int i, int fallback) { return args.size() > i ? args.at(i).toInt() : fallback; };
    const int rate = arg(1, 2000);
    const int seconds = arg(2, 5);
    const int latencyMs = arg(3, 20);
    const int concurrency = arg(4, 400);

    QTemporaryDir dir;
    backend::ServerOptions options;
    options.port = 0;
    options.dataDir = dir.path();
    options.simLatencyMs = latencyMs;
    options.mode = global ? backend::InstrumentationMode::Global : backend::InstrumentationMode::Scoped;
    options.simulation = backend::SimulationSettings{.baseLatencyMs = latencyMs, .perTokenMs = 0};
    payi::Config config;
    config.globalInstrumentation = global;
    config.prices = *backend::Backend::loadPrices(options);
    payi::Instrumentation instrumentation(config);
    base::Result<std::unique_ptr<backend::Backend>> backend = backend::Backend::start(options, instrumentation);
    if (!backend) {
        std::fprintf(stderr, "bench_gui_lag: %s\n", qPrintable(backend.error().message));
        return 1;
    }

    {
        gui::MainWindow window(**backend);
        window.resize(1440, 900);
        window.show();
        if (timeline) {
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
            tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("timelinePanel")));
        }
        gui::LoadPanel *load = window.loadPanel();
        load->findChild<QSpinBox *>(QStringLiteral("loadRequests"))->setValue(rate * seconds);
        load->findChild<QSpinBox *>(QStringLiteral("loadRate"))->setValue(rate);
        load->findChild<QSpinBox *>(QStringLiteral("loadConcurrency"))->setValue(concurrency);
        load->findChild<QSpinBox *>(QStringLiteral("loadLatency"))->setValue(latencyMs);
        load->findChild<QSpinBox *>(QStringLiteral("loadDocuments"))->setValue(50);
        load->findChild<QSpinBox *>(QStringLiteral("loadUsers"))->setValue(20);

        gui::LagProbe probe;
        QEventLoop loop;
        QElapsedTimer clock;
        double cpuAtStart = 0;
        qint64 calls = 0;
        QObject::connect(load, &gui::LoadPanel::finished, &loop, [&](qint64 c, qint64) {
            calls = c;
            loop.quit();
        });
        probe.start();
        QTimer::singleShot(500, load, [&] {
            probe.reset();
            clock.start();
            cpuAtStart = threadCpuMs();
            load->run();
        });
        loop.exec();
        probe.stop();
        const double elapsed = double(clock.elapsed()) / 1000.0;
        const double cpuMs = threadCpuMs() - cpuAtStart;
        std::printf("gui event-loop lag while the load panel drives %d req/s for %d s "
                    "(model latency %d ms, concurrency %d, %s mode)%s:\n",
                    rate, seconds, latencyMs, concurrency, global ? "global" : "scoped",
                    timeline ? ", the Timeline tab open" : "");
        std::printf("  requests answered: %lld calls in %.2f s = %.0f req/s achieved\n", static_cast<long long>(calls),
                    elapsed, double(calls) / elapsed);
        std::printf("  lag samples: %lld (10 ms probe)\n", static_cast<long long>(probe.samples()));
        std::printf("  GUI thread CPU: %.0f ms, %.1f%% of the run\n", cpuMs, cpuMs / elapsed / 10.0);
        std::printf("  lag p50 = %.2f ms, p99 = %.2f ms, max = %.2f ms\n", probe.percentileMs(0.50),
                    probe.percentileMs(0.99), probe.maxMs());
    }
    (*backend)->shutdown(std::chrono::seconds(10));
    return 0;
}
