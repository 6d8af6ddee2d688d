#include "simulator/ModelServer.h"

#include "net/EpollThread.h"
#include "net/HttpServer.h"
#include "simulator/SimulatedModelRoute.h"

#include <QHostAddress>
#include <QThread>

#include <algorithm>

namespace simulator {

// The objects that serve on one thread, made and destroyed there.
class ModelServer::Serving : public QObject
{
public:
    explicit Serving(std::shared_ptr<SimulatedModel> model) : http(this), simulated(std::move(model), this)
    {
        simulated.mount(http);
    }

    net::HttpServer http;
    SimulatedModelRoute simulated;
};

ModelServer::ModelServer(std::shared_ptr<SimulatedModel> model, QByteArray bearerToken)
    : m_model(std::move(model))
    , m_bearerToken(std::move(bearerToken))
{
}

ModelServer::~ModelServer()
{
    stop();
}

std::optional<base::Error> ModelServer::start()
{
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 4);
    for (int i = 0; i < threads; ++i) {
        std::optional<net::HttpServer::ListenError> listenError;
        Serving *serving = nullptr;
        // Made on the thread, the server's timers and sockets are the thread's.
        QThread *thread = net::startEpollThread(QStringLiteral("costbench-model"), [&] {
            serving = new Serving(m_model);
            serving->http.setBearerToken(m_bearerToken);
            listenError = serving->http.listenShared(QHostAddress(QHostAddress::LocalHost), m_port);
        });
        m_threads.push_back({thread, serving});
        if (listenError)
            return base::Error{QStringLiteral("listen_failed"),
                               QStringLiteral("the simulated model: ") + listenError->message};
        m_port = serving->http.serverPort();
    }
    return std::nullopt;
}

QUrl ModelServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/sim/v1"));
    return url;
}

void ModelServer::stop()
{
    for (auto &[thread, serving] : m_threads)
        net::stopEpollThread(thread, serving);
    m_threads.clear();
}

} // namespace simulator
