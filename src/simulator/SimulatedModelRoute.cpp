#include "simulator/SimulatedModelRoute.h"

#include "simulator/SettingsJson.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace simulator {

namespace {

constexpr int HeldCheckIntervalMs = 1000;

net::HttpResponse jsonBody(int status, const QByteArray &body)
{
    return net::HttpResponse::text(status, body, QByteArrayLiteral("application/json"));
}

// One stream being played out: its events are written when their time comes.
struct Playback
{
    net::SseWriter writer;
    QList<ResponsePlan::StreamEvent> events;
    qsizetype next = 0;
    QElapsedTimer sinceRequest;
};

void playNext(QObject *context, const std::shared_ptr<Playback> &playback)
{
    Playback &p = *playback;
    const qint64 now = p.sinceRequest.elapsed();
    // The events due by now go in one write (all of them, when tokens take no time).
    QList<QByteArray> due;
    while (p.next < p.events.size() && p.events[p.next].atMs <= now)
        due.append(p.events[p.next++].data);
    if (!due.isEmpty() && !p.writer.sendEvents(due))
        return; // the client has gone
    if (p.next == p.events.size()) {
        p.writer.end();
        return;
    }
    const int wait = int(qMax<qint64>(0, p.events[p.next].atMs - now));
    QTimer::singleShot(wait, Qt::PreciseTimer, context, [context, playback] { playNext(context, playback); });
}

} // namespace

SimulatedModelRoute::SimulatedModelRoute(std::shared_ptr<SimulatedModel> model, QObject *parent)
    : QObject(parent)
    , m_model(model ? std::move(model) : std::make_shared<SimulatedModel>())
    , m_heldCheck(this)
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
    return server.addRoute(
               QByteArrayLiteral("POST"), path(),
               [this](const net::HttpRequest &request, const net::Responder &responder) { handle(request, responder); },
               access)
           && server.addRoute(QByteArrayLiteral("GET"), settingsPath(), settings, access)
           && server.addRoute(QByteArrayLiteral("PUT"), settingsPath(), settings, access);
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
        const int delay = plan.httpStatus == 400 ? 0 : plan.firstTokenDelayMs;
        QTimer::singleShot(delay, Qt::PreciseTimer, this,
                           [responder, plan] { responder.send(jsonBody(plan.httpStatus, plan.errorBody)); });
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
    auto playback = std::make_shared<Playback>();
    playback->sinceRequest.start();
    playback->events = plan.streamEvents();
    playback->writer = responder.startEventStream(
        net::HttpHeaders{{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")}});
    playNext(this, playback);
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
