#include "support/HttpProbe.h"

#include "simulator/ModelServer.h"
#include "simulator/SimulatedModel.h"

#include <QTest>

#include <memory>

// The simulated model on threads of its own: one loopback port, the bearer token, and a
// stop that leaves nothing listening.
class TestModelServer : public QObject
{
    Q_OBJECT

private slots:
    void servesTheModelOnALoopbackPort();
    void asksForTheBearerToken();
    void stopsListening();
};

namespace {

const QByteArray Token = QByteArrayLiteral("secret");

QByteArray chatBody()
{
    return QByteArrayLiteral(R"({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "a lighthouse"}]})");
}

HttpProbe::Headers authorized()
{
    return {{QByteArrayLiteral("Authorization"), "Bearer " + Token}};
}

std::unique_ptr<simulator::ModelServer> startedServer()
{
    auto model = std::make_shared<simulator::SimulatedModel>(42);
    model->settings()->setBaseLatencyMs(0);
    model->settings()->setPerTokenMs(0);
    auto server = std::make_unique<simulator::ModelServer>(model, Token);
    const std::optional<base::Error> failed = server->start();
    return failed ? nullptr : std::move(server);
}

} // namespace

void TestModelServer::servesTheModelOnALoopbackPort()
{
    const std::unique_ptr<simulator::ModelServer> server = startedServer();
    QVERIFY(server);
    const QUrl base = server->baseUrl();
    QCOMPARE(base.scheme(), QStringLiteral("http"));
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(base.port() > 0);
    QCOMPARE(base.path(), QStringLiteral("/sim/v1"));
    // Each call is a new connection: the kernel spreads them over the threads.
    HttpProbe probe(base);
    for (int i = 0; i < 8; ++i) {
        const HttpProbe::Reply reply =
            probe.call("POST", base.path() + QStringLiteral("/chat/completions"), chatBody(), authorized());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
    }
}

void TestModelServer::asksForTheBearerToken()
{
    const std::unique_ptr<simulator::ModelServer> server = startedServer();
    QVERIFY(server);
    HttpProbe probe(server->baseUrl());
    QCOMPARE(probe.call("POST", QStringLiteral("/sim/v1/chat/completions"), chatBody()).status, 401);
    QCOMPARE(probe.call("GET", QStringLiteral("/sim/settings"), {}, authorized()).status, 200);
}

void TestModelServer::stopsListening()
{
    const std::unique_ptr<simulator::ModelServer> server = startedServer();
    QVERIFY(server);
    HttpProbe probe(server->baseUrl());
    server->stop();
    QCOMPARE(probe.call("GET", QStringLiteral("/sim/settings"), {}, authorized(), 5000).status, 0);
    server->stop();
}

QTEST_GUILESS_MAIN(TestModelServer)
#include "tst_modelserver.moc"
