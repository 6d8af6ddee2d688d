#pragma once

#include "net/HttpServer.h"
#include "simulator/SimulatedModel.h"
#include "simulator/StreamPlayer.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace simulator {

// Serves the simulated model under /sim/v1 in OpenAI's wire format, so any OpenAI client
// works with base URL http://HOST:PORT/sim/v1: POST /sim/v1/chat/completions, and
// GET /sim/v1/models and /sim/v1/models/{id} (the model's catalogue). Every answer under
// /sim/v1/ carries a unique x-request-id, and every error there, the server's own included
// (404, 405, 401, 413), has OpenAI's error body. Answers come after the model's latency
// from timers on the server's thread (no thread or sleep per request); streams are written
// chunk by chunk as the plan times them, all from one timer (StreamPlayer). Injected faults play out on the wire: 429
// (with retry-after) and 500 with OpenAI's error bodies; a time-out holds the request unanswered until the client gives
// up; a cut or malformed answer stops short of its proper end.
class SimulatedModelRoute : public QObject
{
    Q_OBJECT

public:
    static QString prefix() { return QStringLiteral("/sim/v1"); }
    static QString path() { return QStringLiteral("/sim/v1/chat/completions"); }
    static QString modelsPath() { return QStringLiteral("/sim/v1/models"); }
    // GET and PUT the model's behaviour at run time: {"base_latency_ms", "per_token_ms",
    // "failure_rate", "fault_kind"}, for QA sessions and load scripts.
    static QString settingsPath() { return QStringLiteral("/sim/settings"); }

    explicit SimulatedModelRoute(std::shared_ptr<SimulatedModel> model, QObject *parent = nullptr);

    // Registers the routes on server, and OpenAI's error shape for the paths under prefix()/.
    // Keep this object alive, on the server's thread, as long as the server serves.
    bool mount(net::HttpServer &server, net::RouteAccess access = net::RouteAccess::TokenRequired);

    SimulatedModel &model() const { return *m_model; }
    // Requests held by the time-out fault, not answered yet.
    int heldRequests() const { return int(m_held.size()); }

private:
    void handle(const net::HttpRequest &request, const net::Responder &responder);
    void listModels(const net::Responder &responder) const;
    void retrieveModel(const net::HttpRequest &request, const net::Responder &responder) const;
    void changeSettings(const net::HttpRequest &request, const net::Responder &responder);
    void playStream(const ResponsePlan &plan, const net::Responder &responder);
    void hold(const net::Responder &responder);
    void dropDisconnected();

    std::shared_ptr<SimulatedModel> m_model;
    QList<net::Responder> m_held;
    QTimer m_heldCheck; // a child, so that moveToThread() takes it along
    StreamPlayer m_streams;
};

} // namespace simulator
