// How many calls can be in flight at once: N concurrent chat completions against the
// simulated model served over loopback HTTP (its own thread, as another process would be),
// each taking `latency` ms. Queued six at a time per connection limit, 1,000 calls would
// take 1000 / 6 * 0.5 s = 83 s; the client's connections must bring that near 0.5 s.
#include "net/HttpServer.h"
#include "payi/Instrumentation.h"
#include "providers/ChatClient.h"
#include "simulator/SimulatedModelRoute.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

namespace {

struct Round
{
    qint64 wallMs = 0;
    int ok = 0;
    int failed = 0;
};

Round runRound(providers::ChatClient &client, int calls, bool stream)
{
    Round round;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < calls; ++i) {
        providers::ChatRequest request;
        request.model = QStringLiteral("gpt-4o-mini");
        request.messages = {{QStringLiteral("user"), QStringLiteral("a poem about call %1").arg(i)}};
        request.stream = stream;
        client.complete(request, [&round, calls, &wall](base::Result<providers::ChatResponse> result) {
            (result.ok() ? round.ok : round.failed) += 1;
            if (round.ok + round.failed == calls) {
                round.wallMs = wall.elapsed();
                QCoreApplication::exit(0);
            }
        });
    }
    QCoreApplication::exec();
    return round;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int calls = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int latencyMs = args.size() > 2 ? args.at(2).toInt() : 500;
    const qint64 budgetMs = 1500;

    QThread serverThread;
    serverThread.start();
    auto *server = new net::HttpServer;
    auto *route = new simulator::SimulatedModelRoute(std::make_shared<simulator::SimulatedModel>());
    route->model().settings()->setBaseLatencyMs(latencyMs);
    route->model().settings()->setPerTokenMs(0);
    route->mount(*server);
    server->moveToThread(&serverThread);
    route->moveToThread(&serverThread);
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server,
        [server, &port] {
            if (!server->listen(QHostAddress::LocalHost, 0))
                port = server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        std::fprintf(stderr, "the server could not listen\n");
        return 2;
    }

    payi::Instrumentation instrumentation{payi::Config{}};
    providers::ChatClient client{payi::ClientBinding(&instrumentation)};
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/sim/v1").arg(port)));

    // Cold: the pool's managers and their connections are made during the round. Warm:
    // they exist already, as in a server that has been running for a while.
    struct Plan
    {
        const char *name;
        bool stream;
    };
    bool withinBudget = true;
    for (const Plan plan :
         {Plan{"cold non-streaming", false}, Plan{"warm non-streaming", false}, Plan{"warm streaming", true}}) {
        const Round round = runRound(client, calls, plan.stream);
        std::printf("%d concurrent %s calls at %d ms latency: %lld ms wall (%d ok, %d failed, "
                    "%d connections open; budget %lld ms)\n",
                    calls, plan.name, latencyMs, static_cast<long long>(round.wallMs), round.ok, round.failed,
                    client.connectionCount(), static_cast<long long>(budgetMs));
        withinBudget = withinBudget && round.failed == 0 && (plan.stream || round.wallMs < budgetMs);
    }
    std::printf("events recorded: %lld\n", static_cast<long long>(instrumentation.eventsEmitted()));

    QMetaObject::invokeMethod(
        server,
        [server, route] {
            delete route;
            delete server;
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return withinBudget ? 0 : 1;
}
