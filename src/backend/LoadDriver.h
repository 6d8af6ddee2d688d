#pragma once

#include "backend/LoadRun.h"

#include <QObject>

class QThread;

namespace backend {

// A load run seen from the thread that started it (Backend::startLoad). The run sends
// from a thread of its own, which waits on epoll (a socket per request in flight);
// its progress and its end arrive here as signals. Destroying the driver cancels the run
// and waits for its thread.
class LoadDriver : public QObject
{
    Q_OBJECT

public:
    // Starts at once: base is the server, authorization the Authorization header ("" for none).
    LoadDriver(QUrl base, QByteArray authorization, const LoadPlan &plan, QObject *parent = nullptr);
    ~LoadDriver() override;

    // Sends no more requests; those in flight end, then finished() follows.
    void cancel();

signals:
    // At most twenty times a second.
    void progressed(const backend::LoadProgress &progress);
    // Once, after the last answer; the run's thread has stopped.
    void finished(const backend::LoadProgress &progress);

private:
    void end(const LoadProgress &progress);
    void stop();

    QThread *m_thread;
    LoadRun *m_run; // lives on m_thread until it stops; nullptr after
};

} // namespace backend
