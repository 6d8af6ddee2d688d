#include "support/HttpProbe.h"

#include "net/HttpServer.h"
#include "payi/Instrumentation.h"
#include "simulator/SimulatedModelRoute.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(simulator::FaultKind)

// What an OpenAI SDK sees of the simulated model, through real HTTP on loopback: the models
// it serves (and the 404 for others), GET /v1/models, x-request-id on every answer, OpenAI's
// error body on every error under /sim/v1 (the server's own included) while other paths keep
// Costbench's, retry-after on a 429, and max_tokens refused where OpenAI refuses it.
class TestOpenAiWire : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void servesOnlyItsModels_data();
    void servesOnlyItsModels();
    void listsItsModels_data();
    void listsItsModels();
    void followsThePriceTableInUse();
    void everyAnswerHasARequestId_data();
    void everyAnswerHasARequestId();
    void errorsTakeTheShapeOfTheirPath_data();
    void errorsTakeTheShapeOfTheirPath();
    void rateLimitSaysWhenToRetry_data();
    void rateLimitSaysWhenToRetry();
    void refusesParametersAsOpenAiDoes_data();
    void refusesParametersAsOpenAiDoes();

private:
    // A server with the simulated model (its catalogue: the price table of m_instrumentation,
    // or, with fixedList, its own list), a route of Costbench's own at /other, and the token.
    void serve(bool fixedList);
    HttpProbe::Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                          HttpProbe::Headers headers = {});
    HttpProbe::Reply callRaw(const QByteArray &bytes);

    std::unique_ptr<payi::Instrumentation> m_instrumentation;
    std::unique_ptr<net::HttpServer> m_server;
    std::unique_ptr<simulator::SimulatedModelRoute> m_route;
    std::unique_ptr<HttpProbe> m_probe;
};

namespace {

const QByteArray Token = "sk-test";

std::shared_ptr<const payi::PriceTable> table(const QByteArray &resources)
{
    const base::Result<payi::PriceTable> read =
        payi::PriceTable::fromJson(R"({"version": "2026-test", "currency": "usd", "resources": {)" + resources + "}}");
    return read ? std::make_shared<const payi::PriceTable>(*read) : nullptr;
}

QByteArray priced(const QByteArray &model, const QByteArray &category, const QByteArray &date)
{
    return '"' + model + R"(": {"category": ")" + category + R"(", "date": ")" + date
           + R"(", "units": {"text": {"input": "1", "output": "2"}}})";
}

QByteArray chat(const QString &model, const QByteArray &extra = {})
{
    return R"({"model": ")" + model.toUtf8() + R"(", "messages": [{"role": "user", "content": "a lighthouse"}])" + extra
           + '}';
}

// A header field of a reply, by name in any case; empty when it is absent.
QByteArray header(const HttpProbe::Reply &reply, const QByteArray &name)
{
    for (const QByteArray &line : reply.headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

qint64 utcDay(const char *isoDate)
{
    return QDate::fromString(QLatin1String(isoDate), Qt::ISODate).startOfDay(Qt::UTC).toSecsSinceEpoch();
}

} // namespace

void TestOpenAiWire::init()
{
    payi::Config config;
    config.prices = table(priced("gpt-5.4", "system.openai", "2026-04-13") + ','
                          + priced("claude-haiku-4-5", "system.anthropic", "2025-10-15"));
    QVERIFY(config.prices);
    m_instrumentation = std::make_unique<payi::Instrumentation>(config);
}

void TestOpenAiWire::cleanup()
{
    m_probe.reset();
    m_route.reset();
    m_server.reset();
    m_instrumentation.reset();
}

void TestOpenAiWire::serve(bool fixedList)
{
    auto model = std::make_shared<simulator::SimulatedModel>(7, std::make_shared<simulator::SimulatedModelSettings>(),
                                                             fixedList ? simulator::ModelCatalogue()
                                                                       : simulator::ModelCatalogue(*m_instrumentation));
    model->settings()->setBaseLatencyMs(0);
    model->settings()->setPerTokenMs(0);
    m_server = std::make_unique<net::HttpServer>();
    m_server->setMaxBodySize(1024);
    m_server->setBearerToken(Token);
    m_route = std::make_unique<simulator::SimulatedModelRoute>(model);
    QVERIFY(m_route->mount(*m_server));
    QVERIFY(m_server->addRoute("POST", u"/other"_s, [](const net::HttpRequest &, const net::Responder &responder) {
        responder.send(net::HttpResponse::json(200, QJsonObject()));
    }));
    QVERIFY(!m_server->listen(QHostAddress::LocalHost, 0).has_value());
    m_probe = std::make_unique<HttpProbe>(QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->serverPort())));
}

HttpProbe::Reply TestOpenAiWire::call(const QByteArray &method, const QString &path, const QByteArray &body,
                                      HttpProbe::Headers headers)
{
    headers.append({"Authorization", "Bearer " + Token});
    return m_probe->call(method, path, body, headers, 10000);
}

HttpProbe::Reply TestOpenAiWire::callRaw(const QByteArray &bytes)
{
    return m_probe->callRaw(bytes, 10000);
}

void TestOpenAiWire::servesOnlyItsModels_data()
{
    QTest::addColumn<bool>("fixedList");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("unknownModel"); // the model a 404 names

    const QString completions = simulator::SimulatedModelRoute::path();
    QTest::newRow("priced model") << false << QByteArray("POST") << completions << chat(u"gpt-5.4"_s) << 200
                                  << QString();
    QTest::newRow("priced model, streamed") << false << QByteArray("POST") << completions
                                            << chat(u"claude-haiku-4-5"_s, R"(, "stream": true)") << 200 << QString();
    QTest::newRow("model the table lacks")
        << false << QByteArray("POST") << completions << chat(u"gpt-4o"_s) << 404 << u"gpt-4o"_s;
    QTest::newRow("unknown model, streamed") << false << QByteArray("POST") << completions
                                             << chat(u"gpt-nope"_s, R"(, "stream": true)") << 404 << u"gpt-nope"_s;
    QTest::newRow("a malformed body is 400 first")
        << false << QByteArray("POST") << completions << QByteArray(R"({"model": "gpt-nope", "messages": []})") << 400
        << QString();
    QTest::newRow("retrieve a priced model")
        << false << QByteArray("GET") << u"/sim/v1/models/gpt-5.4"_s << QByteArray() << 200 << QString();
    QTest::newRow("retrieve an unknown model")
        << false << QByteArray("GET") << u"/sim/v1/models/gpt-4o"_s << QByteArray() << 404 << u"gpt-4o"_s;
    QTest::newRow("fixed list: gpt-4o") << true << QByteArray("POST") << completions << chat(u"gpt-4o"_s) << 200
                                        << QString();
    QTest::newRow("fixed list: the gpt-5.4 family")
        << true << QByteArray("POST") << completions << chat(u"gpt-5.4-mini"_s) << 200 << QString();
    QTest::newRow("fixed list: not a claude")
        << true << QByteArray("POST") << completions << chat(u"claude-haiku-4-5"_s) << 404 << u"claude-haiku-4-5"_s;
    QTest::newRow("fixed list: retrieve o3-mini")
        << true << QByteArray("GET") << u"/sim/v1/models/o3-mini"_s << QByteArray() << 200 << QString();
}

void TestOpenAiWire::servesOnlyItsModels()
{
    QFETCH(bool, fixedList);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, unknownModel);
    serve(fixedList);

    const HttpProbe::Reply reply = call(method, path, body);
    QCOMPARE(reply.status, status);
    if (status == 404) {
        QCOMPARE(header(reply, "Content-Type"), QByteArray("application/json"));
        const QJsonObject expected{
            {u"message"_s, u"The model `%1` does not exist or you do not have access to it."_s.arg(unknownModel)},
            {u"type"_s, u"invalid_request_error"_s},
            {u"param"_s, QJsonValue::Null},
            {u"code"_s, u"model_not_found"_s}};
        QCOMPARE(reply.json().value(u"error"_s).toObject(), expected);
    } else if (status == 400) {
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"param"_s).toString(), u"messages"_s);
    }
}

void TestOpenAiWire::listsItsModels_data()
{
    QTest::addColumn<bool>("fixedList");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QJsonObject>("sample"); // one of the list's objects, whole

    QTest::newRow("the price table") << false << QStringList{u"claude-haiku-4-5"_s, u"gpt-5.4"_s}
                                     << QJsonObject{{u"id"_s, u"claude-haiku-4-5"_s},
                                                    {u"object"_s, u"model"_s},
                                                    {u"created"_s, utcDay("2025-10-15")},
                                                    {u"owned_by"_s, u"anthropic"_s}};
    QTest::newRow("the fixed list") << true
                                    << QStringList{u"gpt-4.1"_s,      u"gpt-4o"_s,  u"gpt-4o-mini"_s, u"gpt-5"_s,
                                                   u"gpt-5.1"_s,      u"gpt-5.2"_s, u"gpt-5.4"_s,     u"gpt-5.4-mini"_s,
                                                   u"gpt-5.4-nano"_s, u"gpt-5.5"_s, u"o1"_s,          u"o3"_s,
                                                   u"o3-mini"_s,      u"o4-mini"_s}
                                    << QJsonObject{{u"id"_s, u"gpt-5.4"_s},
                                                   {u"object"_s, u"model"_s},
                                                   {u"created"_s, utcDay("2026-04-13")},
                                                   {u"owned_by"_s, u"openai"_s}};
}

void TestOpenAiWire::listsItsModels()
{
    QFETCH(bool, fixedList);
    QFETCH(QStringList, ids);
    QFETCH(QJsonObject, sample);
    serve(fixedList);

    const HttpProbe::Reply reply = call("GET", simulator::SimulatedModelRoute::modelsPath());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"object"_s).toString(), u"list"_s);
    const QJsonArray data = reply.json().value(u"data"_s).toArray();
    QStringList listed;
    for (const QJsonValue &model : data) {
        listed.append(model.toObject().value(u"id"_s).toString());
        QCOMPARE(model.toObject().keys(), (QStringList{u"created"_s, u"id"_s, u"object"_s, u"owned_by"_s}));
        if (model.toObject().value(u"id"_s) == sample.value(u"id"_s))
            QCOMPARE(model.toObject(), sample);
    }
    QCOMPARE(listed, ids);
    // Each listed model can be retrieved alone, as the same object.
    const HttpProbe::Reply one = call("GET", u"/sim/v1/models/"_s + sample.value(u"id"_s).toString());
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json(), sample);
}

void TestOpenAiWire::followsThePriceTableInUse()
{
    serve(false);
    QCOMPARE(call("POST", simulator::SimulatedModelRoute::path(), chat(u"gpt-5.5"_s)).status, 404);
    // PUT /prices does this: the next call sees the new table.
    m_instrumentation->setPrices(table(priced("gpt-5.5", "openai", "not a date")));
    QCOMPARE(call("POST", simulator::SimulatedModelRoute::path(), chat(u"gpt-5.5"_s)).status, 200);
    QCOMPARE(call("POST", simulator::SimulatedModelRoute::path(), chat(u"gpt-5.4"_s)).status, 404);
    const QJsonArray data = call("GET", simulator::SimulatedModelRoute::modelsPath()).json().value(u"data"_s).toArray();
    QCOMPARE(
        data,
        (QJsonArray{QJsonObject{
            {u"id"_s, u"gpt-5.5"_s}, {u"object"_s, u"model"_s}, {u"created"_s, 0}, {u"owned_by"_s, u"openai"_s}}}));
}

void TestOpenAiWire::everyAnswerHasARequestId_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<double>("failureRate");
    QTest::addColumn<simulator::FaultKind>("fault");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<int>("status");

    const QString completions = simulator::SimulatedModelRoute::path();
    const auto none = simulator::FaultKind::Mixed;
    QTest::newRow("completion") << QByteArray("POST") << completions << chat(u"gpt-5.4"_s) << 0.0 << none << true
                                << 200;
    QTest::newRow("stream") << QByteArray("POST") << completions << chat(u"gpt-5.4"_s, R"(, "stream": true)") << 0.0
                            << none << true << 200;
    QTest::newRow("models") << QByteArray("GET") << u"/sim/v1/models"_s << QByteArray() << 0.0 << none << true << 200;
    QTest::newRow("one model") << QByteArray("GET") << u"/sim/v1/models/gpt-5.4"_s << QByteArray() << 0.0 << none
                               << true << 200;
    QTest::newRow("unknown model") << QByteArray("POST") << completions << chat(u"gpt-nope"_s) << 0.0 << none << true
                                   << 404;
    QTest::newRow("malformed body") << QByteArray("POST") << completions << QByteArray("{") << 0.0 << none << true
                                    << 400;
    QTest::newRow("429") << QByteArray("POST") << completions << chat(u"gpt-5.4"_s) << 1.0
                         << simulator::FaultKind::RateLimited << true << 429;
    QTest::newRow("500") << QByteArray("POST") << completions << chat(u"gpt-5.4"_s) << 1.0
                         << simulator::FaultKind::ServerError << true << 500;
    QTest::newRow("cut stream") << QByteArray("POST") << completions << chat(u"gpt-5.4"_s, R"(, "stream": true)") << 1.0
                                << simulator::FaultKind::StreamCut << true << 200;
    QTest::newRow("unknown path") << QByteArray("GET") << u"/sim/v1/embeddings"_s << QByteArray() << 0.0 << none << true
                                  << 404;
    QTest::newRow("wrong method") << QByteArray("GET") << completions << QByteArray() << 0.0 << none << true << 405;
    QTest::newRow("no token") << QByteArray("GET") << u"/sim/v1/models"_s << QByteArray() << 0.0 << none << false
                              << 401;
    QTest::newRow("body too large") << QByteArray("POST") << completions << QByteArray(2048, ' ') << 0.0 << none << true
                                    << 413;
}

void TestOpenAiWire::everyAnswerHasARequestId()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(double, failureRate);
    QFETCH(simulator::FaultKind, fault);
    QFETCH(bool, withToken);
    QFETCH(int, status);
    serve(false);
    m_route->model().settings()->setFailureRate(failureRate);
    m_route->model().settings()->setFaultKind(fault);

    static const QRegularExpression shape(u"^req_[0-9a-f]{32}$"_s);
    QSet<QByteArray> ids;
    for (int i = 0; i < 3; ++i) {
        const HttpProbe::Reply reply =
            withToken ? call(method, path, body) : m_probe->call(method, path, body, {}, 10000);
        QCOMPARE(reply.status, status);
        const QByteArray id = header(reply, "x-request-id");
        QVERIFY2(shape.match(QString::fromLatin1(id)).hasMatch(), id.constData());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 3);
}

void TestOpenAiWire::errorsTakeTheShapeOfTheirPath_data()
{
    QTest::addColumn<QByteArray>("request"); // sent as it is: no token unless it has one
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("openAi"); // OpenAI's shape and a request id, or Costbench's and none

    const QByteArray auth = "Authorization: Bearer " + Token + "\r\n";
    const auto get = [&](const char *path) {
        return "GET " + QByteArray(path) + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n" + auth + "\r\n";
    };
    const auto tooLarge = [&](const char *path) {
        return "POST " + QByteArray(path) + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n" + auth
               + "Content-Length: 4096\r\n\r\n";
    };

    QTest::newRow("unknown path under /sim/v1") << get("/sim/v1/embeddings") << 404 << u"not_found"_s << true;
    QTest::newRow("wrong method") << get("/sim/v1/chat/completions") << 405 << u"method_not_allowed"_s << true;
    QTest::newRow("no token") << QByteArray("GET /sim/v1/models HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
                              << 401 << u"unauthorized"_s << true;
    QTest::newRow("body too large") << tooLarge("/sim/v1/chat/completions") << 413 << u"payload_too_large"_s << true;
    // Refused before the path is known: the server's own shape, whatever the path.
    QTest::newRow("malformed header under /sim/v1")
        << QByteArray("GET /sim/v1/models HTTP/1.1\r\nConnection: close\r\nBad Name: x\r\n\r\n") << 400
        << u"bad_request"_s << false;
    QTest::newRow("other path: unknown") << get("/nothing") << 404 << u"not_found"_s << false;
    QTest::newRow("other path: a lookalike prefix") << get("/sim/v10/models") << 404 << u"not_found"_s << false;
    QTest::newRow("other path: wrong method") << get("/other") << 405 << u"method_not_allowed"_s << false;
    QTest::newRow("other path: body too large") << tooLarge("/other") << 413 << u"payload_too_large"_s << false;
    QTest::newRow("other path: /sim/settings")
        << QByteArray("GET /sim/settings HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n") << 401 << u"unauthorized"_s
        << false;
}

void TestOpenAiWire::errorsTakeTheShapeOfTheirPath()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, openAi);
    serve(false);

    const HttpProbe::Reply reply = callRaw(request);
    QCOMPARE(reply.status, status);
    const QJsonObject error = reply.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    if (openAi) {
        QCOMPARE(error.keys(), (QStringList{u"code"_s, u"message"_s, u"param"_s, u"type"_s}));
        QCOMPARE(error.value(u"type"_s).toString(), u"invalid_request_error"_s);
        QCOMPARE(error.value(u"param"_s), QJsonValue(QJsonValue::Null));
        QVERIFY(header(reply, "x-request-id").startsWith("req_"));
    } else {
        QCOMPARE(error.keys(), (QStringList{u"code"_s, u"message"_s}));
        QCOMPARE(header(reply, "x-request-id"), QByteArray());
    }
    if (status == 405)
        QVERIFY(!header(reply, "Allow").isEmpty());
}

void TestOpenAiWire::rateLimitSaysWhenToRetry_data()
{
    QTest::addColumn<simulator::FaultKind>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("retryAfterMs");
    QTest::addColumn<QString>("type");

    QTest::newRow("429") << simulator::FaultKind::RateLimited << 429 << QByteArray("1") << QByteArray("120")
                         << u"requests"_s;
    QTest::newRow("500") << simulator::FaultKind::ServerError << 500 << QByteArray() << QByteArray()
                         << u"server_error"_s;
}

void TestOpenAiWire::rateLimitSaysWhenToRetry()
{
    QFETCH(simulator::FaultKind, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, retryAfterMs);
    QFETCH(QString, type);
    serve(false);
    m_route->model().settings()->setFailureRate(1.0);
    m_route->model().settings()->setFaultKind(fault);

    const HttpProbe::Reply reply = call("POST", simulator::SimulatedModelRoute::path(), chat(u"gpt-5.4"_s));
    QCOMPARE(reply.status, status);
    QCOMPARE(header(reply, "retry-after"), retryAfter);
    QCOMPARE(header(reply, "retry-after-ms"), retryAfterMs);
    const QJsonObject error = reply.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"type"_s).toString(), type);
    if (!retryAfterMs.isEmpty())
        QVERIFY(error.value(u"message"_s)
                    .toString()
                    .contains(u"try again in "_s + QString::fromLatin1(retryAfterMs) + u"ms"_s));
}

void TestOpenAiWire::refusesParametersAsOpenAiDoes_data()
{
    QTest::addColumn<bool>("fixedList");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QByteArray>("extra"); // more of the body
    QTest::addColumn<int>("status");

    const QByteArray mt = R"(, "max_tokens": 6)";
    const QByteArray mct = R"(, "max_completion_tokens": 6)";
    const QByteArray streamed = R"(, "stream": true)";
    // The table of the test: gpt-5.4 without the property (its name decides), gpt-4.1 marked
    // max_completion_tokens, o4-mini marked max_tokens (a server that takes it).
    QTest::newRow("gpt-5.4, max_tokens") << false << u"gpt-5.4"_s << mt << 400;
    QTest::newRow("gpt-5.4, max_tokens, streamed") << false << u"gpt-5.4"_s << mt + streamed << 400;
    QTest::newRow("gpt-5.4, max_completion_tokens") << false << u"gpt-5.4"_s << mct << 200;
    QTest::newRow("gpt-5.4, max_tokens null") << false << u"gpt-5.4"_s << QByteArray(R"(, "max_tokens": null)") << 200;
    QTest::newRow("gpt-4.1 marked max_completion_tokens, max_tokens") << false << u"gpt-4.1"_s << mt << 400;
    QTest::newRow("o4-mini marked max_tokens, max_tokens") << false << u"o4-mini"_s << mt << 200;
    QTest::newRow("o4-mini marked max_tokens, max_completion_tokens") << false << u"o4-mini"_s << mct << 200;
    QTest::newRow("fixed list: o3, max_tokens") << true << u"o3"_s << mt << 400;
    QTest::newRow("fixed list: gpt-5.5, max_tokens") << true << u"gpt-5.5"_s << mt << 400;
    QTest::newRow("fixed list: gpt-4o, max_tokens") << true << u"gpt-4o"_s << mt << 200;
    QTest::newRow("fixed list: gpt-4o, max_completion_tokens") << true << u"gpt-4o"_s << mct << 200;
}

void TestOpenAiWire::refusesParametersAsOpenAiDoes()
{
    QFETCH(bool, fixedList);
    QFETCH(QString, model);
    QFETCH(QByteArray, extra);
    QFETCH(int, status);
    m_instrumentation->setPrices(
        table(priced("gpt-5.4", "system.openai", "2026-04-13") + ','
              + R"("gpt-4.1": {"category": "system.openai", "max_tokens_parameter": "max_completion_tokens",
             "units": {"text": {"input": "2", "output": "8"}}},)"
              + R"("o4-mini": {"category": "system.openai", "max_tokens_parameter": "max_tokens",
             "units": {"text": {"input": "1.1", "output": "4.4"}}})"));
    serve(fixedList);

    const HttpProbe::Reply reply = call("POST", simulator::SimulatedModelRoute::path(), chat(model, extra));
    QCOMPARE(reply.status, status);
    QVERIFY(header(reply, "x-request-id").startsWith("req_"));
    if (status == 400) {
        QCOMPARE(header(reply, "Content-Type"), QByteArray("application/json"));
        const QJsonObject expected{{u"message"_s, u"Unsupported parameter: 'max_tokens' is not supported with this "
                                                  u"model. Use 'max_completion_tokens' instead."_s},
                                   {u"type"_s, u"invalid_request_error"_s},
                                   {u"param"_s, u"max_tokens"_s},
                                   {u"code"_s, u"unsupported_parameter"_s}};
        QCOMPARE(reply.json(), (QJsonObject{{u"error"_s, expected}}));
    } else if (!extra.contains("null")) {
        // Honoured as the cap, whichever name carried it.
        const QJsonObject usage = reply.json().value(u"usage"_s).toObject();
        QCOMPARE(usage.value(u"completion_tokens"_s).toInt(), 6);
    }
}

QTEST_GUILESS_MAIN(TestOpenAiWire)
#include "tst_openaiwire.moc"
