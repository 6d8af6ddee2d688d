// costbench: the command line of docs/http-api.md. Thin: parse, instrument, start the
// Backend, print where it listens, then open the window over it (or, with --headless,
// serve until SIGINT or SIGTERM), then flush and exit 0.
#include "backend/Backend.h"
#include "gui/MainWindow.h"
#include "gui/ModeSwitch.h"
#include "gui/StartupProblemDialog.h"
#include "gui/WorkbenchSettings.h"
#include "payi/Instrumentation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "costbench: %s\n", qPrintable(message));
    return code;
}

// No window for --headless, nor for the options that only print (so they work without a
// display).
bool wantsConsoleOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--headless", "--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// The window's saved settings fill in what the command line left out. The API key comes
// from the system keychain, read once here before the provider client starts.
void applySavedSettings(const QCommandLineParser &parser, const gui::WorkbenchSettings &saved,
                        backend::ServerOptions &options)
{
    if (!parser.isSet(QStringLiteral("provider")) && saved.provider == backend::ProviderKind::OpenAI) {
        options.provider = backend::ProviderKind::OpenAI;
        if (!saved.baseUrl.isEmpty())
            qputenv("OPENAI_BASE_URL", saved.baseUrl.toUtf8());
        QEventLoop loop;
        gui::WorkbenchSettings::readApiKey(&loop, [&loop](const base::Result<QString> &key) {
            if (key && !key->isEmpty())
                qputenv("OPENAI_API_KEY", key->toUtf8());
            else if (!key)
                std::fprintf(stderr, "costbench: keychain: %s\n", qPrintable(key.error().message));
            loop.quit();
        });
        loop.exec();
    }
    if (!parser.isSet(QStringLiteral("mode")))
        options.mode = gui::ModeSwitch::savedMode().value_or(options.mode);
    if (!parser.isSet(QStringLiteral("model")) && !saved.model.isEmpty())
        options.model = saved.model;
    if (!parser.isSet(QStringLiteral("prices")) && !saved.pricesFile.isEmpty())
        options.pricesFile = saved.pricesFile;
    if (!parser.isSet(QStringLiteral("retention-bytes")) && saved.retentionBytes >= options.MinRetentionBytes)
        options.retentionBytes = saved.retentionBytes;
    if (saved.hasSimulation && !parser.isSet(QStringLiteral("sim-latency-ms"))
        && !parser.isSet(QStringLiteral("sim-fail-rate")))
        options.simulation = saved.simulation;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool headless = wantsConsoleOnly(argc, argv);
    // Threads other than the window's (the server's, the model's, the ledger's) run Qt's own
    // event dispatcher, not glib's: glib's socket-notifier bookkeeping is linear in the sockets
    // open, which at thousands of connections took a large share of the server thread.
    if (!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
    std::unique_ptr<QCoreApplication> app =
        headless ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("costbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("Costbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COSTBENCH_VERSION));

    QCommandLineParser parser;
    backend::ServerOptions::declare(parser);
    parser.process(*app); // --help, --version and unknown options end here
    base::Result<backend::ServerOptions> options = backend::ServerOptions::fromParser(parser);
    if (!options)
        return fail(options.error().message, 2);
    const gui::WorkbenchSettings saved = headless ? gui::WorkbenchSettings() : gui::WorkbenchSettings::load();
    if (!headless)
        applySavedSettings(parser, saved, options.value());
    const auto prices = backend::Backend::loadPrices(*options);
    if (!prices)
        return fail(prices.error().message, 2);

    payi::Config config;
    config.globalInstrumentation = options->mode == backend::InstrumentationMode::Global;
    config.prices = *prices;
    config.logPromptAndResponse = options->logPromptAndResponse;
    payi::instrument(config);

    base::Result<std::unique_ptr<backend::Backend>> backend =
        backend::Backend::start(*options, *payi::instrumentation());
    // With a window, a problem a new user can meet is explained there, with its fix.
    while (!backend && !headless) {
        std::fprintf(stderr, "costbench: %s\n", qPrintable(backend.error().message));
        gui::StartupProblemDialog dialog(backend.error(), *options);
        const std::optional<backend::ServerOptions> retry = dialog.ask();
        if (!retry)
            return 1;
        options.value() = *retry;
        backend = backend::Backend::start(*options, *payi::instrumentation());
    }
    if (!backend)
        return fail(backend.error().message, 1);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return fail(QStringLiteral("cannot set up signal handling"), 1);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, app.get(), [&] {
        notifier.setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    std::printf("listening on %s\n", qPrintable((*backend)->url().toString()));
    std::fflush(stdout);

    std::unique_ptr<gui::MainWindow> window;
    if (!headless) {
        window = std::make_unique<gui::MainWindow>(**backend);
        window->show();
    }
    const int code = QCoreApplication::exec();
    window.reset();
    // Requests in flight get a grace period; then everything acknowledged is on disk.
    (*backend)->shutdown(std::chrono::seconds(10));
    return code;
}
