#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace simulator {

class SimulatedModel;

// The simulated model as the app's own client calls it: served on a loopback port of its own
// by one thread per core (SO_REUSEPORT). Answering thousands of model calls then competes
// with neither the app's requests nor its client for their threads, and one thread is not
// the bottleneck of a burst. The threads share one model (one sequence of ids, one
// settings). Each waits on epoll (it holds thousands of sockets) and runs under SCHED_BATCH
// (base::scheduleAsBatch). Start and stop it from one thread, none of its own.
class ModelServer
{
public:
    // bearerToken: what every request must bring as `Authorization: Bearer`; empty for none.
    ModelServer(std::shared_ptr<SimulatedModel> model, QByteArray bearerToken);
    // Stops.
    ~ModelServer();
    ModelServer(const ModelServer &) = delete;
    ModelServer &operator=(const ModelServer &) = delete;

    // Starts one thread per core, at most four, all listening on one free loopback port.
    // Errors: listen_failed, naming why; the threads started so far run until stop().
    std::optional<base::Error> start();
    // http://127.0.0.1:PORT/sim/v1 once started: the base URL of an OpenAI client.
    QUrl baseUrl() const;
    // Destroys each thread's server (closing its connections) on that thread, then ends the
    // thread. Safe to call when stopped.
    void stop();

private:
    class Serving;
    struct ServingThread
    {
        QThread *thread;
        Serving *serving; // lives on thread
    };

    std::shared_ptr<SimulatedModel> m_model;
    QByteArray m_bearerToken;
    std::vector<ServingThread> m_threads;
    quint16 m_port = 0;
};

} // namespace simulator
