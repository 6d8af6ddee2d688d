// costbench: the command line of DESIGN.md's contract. Thin: parse, instrument, start the
// Backend, print where it listens, serve until SIGINT or SIGTERM, then flush and exit 0.
#include "payi/Instrumentation.h"
#include "server/Backend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("costbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("Costbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COSTBENCH_VERSION));

    QCommandLineParser parser;
    server::ServerOptions::declare(parser);
    parser.process(app); // --help, --version and unknown options end here
    const payi::Result<server::ServerOptions> options = server::ServerOptions::fromParser(parser);
    if (!options)
        return fail(options.error().message, 2);
    const auto prices = server::Backend::loadPrices(*options);
    if (!prices)
        return fail(prices.error().message, 2);

    payi::Config config;
    config.globalInstrumentation = options->mode == server::InstrumentationMode::Global;
    config.prices = *prices;
    payi::instrument(config);

    payi::Result<std::unique_ptr<server::Backend>> backend = server::Backend::start(*options, *payi::instrumentation());
    if (!backend)
        return fail(backend.error().message, 1);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return fail(QStringLiteral("cannot set up signal handling"), 1);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        notifier.setEnabled(false);
        // Requests in flight get a grace period; then everything acknowledged is on disk.
        (*backend)->shutdown(std::chrono::seconds(10));
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
    return QCoreApplication::exec();
}
