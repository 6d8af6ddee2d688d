#include "simulator/SimulatedModelRoute.h"

#include "base/JsonText.h"
#include "simulator/SettingsJson.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace simulator {

namespace {

constexpr int HeldCheckIntervalMs = 1000;
const QByteArray RequestIdHeader = QByteArrayLiteral("x-request-id");

// A new request id as OpenAI writes them: "req_" and 32 hex digits (128 random bits).
QByteArray newRequestId()
{
    quint64 bits[2];
    QRandomGenerator::global()->fillRange(bits);
    return "req_" + QByteArray::number(bits[0], 16).rightJustified(16, '0')
           + QByteArray::number(bits[1], 16).rightJustified(16, '0');
}

// Every answer under /sim/v1: a JSON body and its own request id.
net::HttpResponse jsonBody(int status, const QByteArray &body)
{
    net::HttpResponse response = net::HttpResponse::text(status, body, QByteArrayLiteral("application/json"));
    response.setHeader(RequestIdHeader, newRequestId());
    return response;
}

// The server's own errors under /sim/v1 (unknown path, wrong method, token, body too large,
// ...) in OpenAI's shape, Costbench's code kept as the code.
net::HttpResponse openAiError(int status, const QString &code, const QString &message)
{
    const QString type = status >= 500 ? QStringLiteral("server_error") : QStringLiteral("invalid_request_error");
    return jsonBody(status, SimulatedModel::errorBody(message, type, code));
}

// The answer to a planned error: a 429 says when to try again, as OpenAI does.
net::HttpResponse errorAnswer(const ResponsePlan &plan)
{
    net::HttpResponse response = jsonBody(plan.httpStatus, plan.errorBody);
    if (plan.retryAfterMs > 0) {
        response.setHeader(QByteArrayLiteral("retry-after"), QByteArray::number((plan.retryAfterMs + 999) / 1000));
        response.setHeader(QByteArrayLiteral("retry-after-ms"), QByteArray::number(plan.retryAfterMs));
    }
    return response;
}

// A model object, in OpenAI's order of fields.
void writeModel(base::JsonWriter &json, const ModelEntry &model)
{
    json.open('{').key(u"id").item(model.id).key(u"object").item(u"model").key(u"created").item(model.created);
    json.key(u"owned_by").item(model.ownedBy).close('}');
}

} // namespace

SimulatedModelRoute::SimulatedModelRoute(std::shared_ptr<SimulatedModel> model, QObject *parent)
    : QObject(parent)
    , m_model(model ? std::move(model) : std::make_shared<SimulatedModel>())
    , m_heldCheck(this)
    , m_streams(this)
{
    m_heldCheck.setInterval(HeldCheckIntervalMs);
    connect(&m_heldCheck, &QTimer::timeout, this, &SimulatedModelRoute::dropDisconnected);
}

bool SimulatedModelRoute::mount(net::HttpServer &server, net::RouteAccess access)
{
    const auto settings = [this](const net::HttpRequest &request, const net::Responder &responder) {
        if (request.method() == "PUT")
            changeSettings(request, responder);
        else
            responder.send(net::HttpResponse::json(200, settingsJson(m_model->settings()->snapshot())));
    };
    server.setPathConventions(prefix().toUtf8() + '/', {openAiError, {}});
    return server.addRoute(
               QByteArrayLiteral("POST"), path(),
               [this](const net::HttpRequest &request, const net::Responder &responder) { handle(request, responder); },
               access)
           && server.addRoute(
               QByteArrayLiteral("GET"), modelsPath(),
               [this](const net::HttpRequest &, const net::Responder &responder) { listModels(responder); }, access)
           && server.addRoute(
               QByteArrayLiteral("GET"), modelsPath() + QStringLiteral("/{id}"),
               [this](const net::HttpRequest &request, const net::Responder &responder) {
                   retrieveModel(request, responder);
               },
               access)
           && server.addRoute(QByteArrayLiteral("GET"), settingsPath(), settings, access)
           && server.addRoute(QByteArrayLiteral("PUT"), settingsPath(), settings, access);
}

void SimulatedModelRoute::listModels(const net::Responder &responder) const
{
    base::JsonWriter json;
    json.open('{').key(u"object").item(u"list").key(u"data").open('[');
    for (const ModelEntry &model : m_model->catalogue().list())
        writeModel(json, model);
    json.close(']').close('}');
    responder.send(jsonBody(200, json.take()));
}

void SimulatedModelRoute::retrieveModel(const net::HttpRequest &request, const net::Responder &responder) const
{
    const QString id = request.pathParameter(QStringLiteral("id"));
    const std::optional<ModelEntry> model = m_model->catalogue().find(id);
    if (!model)
        return void(responder.send(jsonBody(404, SimulatedModel::modelNotFoundBody(id))));
    base::JsonWriter json;
    writeModel(json, *model);
    responder.send(jsonBody(200, json.take()));
}

void SimulatedModelRoute::changeSettings(const net::HttpRequest &request, const net::Responder &responder)
{
    const base::Result<SimulatedModelSettings::Snapshot> settings =
        readSettingsJson(request.body(), m_model->settings()->snapshot());
    if (!settings)
        return void(responder.send(net::HttpResponse::error(400, settings.error().code, settings.error().message)));
    m_model->settings()->apply(*settings);
    responder.send(net::HttpResponse::json(200, settingsJson(m_model->settings()->snapshot())));
}

void SimulatedModelRoute::handle(const net::HttpRequest &request, const net::Responder &responder)
{
    const ResponsePlan plan = m_model->plan(request.body(), QDateTime::currentSecsSinceEpoch());
    if (plan.httpStatus != 200) {
        QTimer::singleShot(plan.firstTokenDelayMs, Qt::PreciseTimer, this,
                           [responder, plan] { responder.send(errorAnswer(plan)); });
        return;
    }
    if (plan.fault == FaultKind::Timeout) {
        hold(responder);
        return;
    }
    if (plan.stream) {
        playStream(plan, responder);
        return;
    }
    QTimer::singleShot(plan.totalLatencyMs(), Qt::PreciseTimer, this,
                       [responder, plan] { responder.send(jsonBody(200, plan.completionBody())); });
}

void SimulatedModelRoute::playStream(const ResponsePlan &plan, const net::Responder &responder)
{
    m_streams.play(plan.streamEvents(), responder.startEventStream(net::HttpHeaders{
                                            {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")},
                                            {RequestIdHeader, newRequestId()}}));
}

void SimulatedModelRoute::hold(const net::Responder &responder)
{
    m_held.append(responder);
    if (!m_heldCheck.isActive())
        m_heldCheck.start();
}

void SimulatedModelRoute::dropDisconnected()
{
    m_held.removeIf([](const net::Responder &responder) { return !responder.isConnected(); });
    if (m_held.isEmpty())
        m_heldCheck.stop();
}

} // namespace simulator
