#include "backend/LoadDriver.h"

#include "net/EpollEventDispatcher.h"

#include <QThread>

namespace backend {

LoadDriver::LoadDriver(QUrl base, QByteArray authorization, const LoadPlan &plan, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_run(new LoadRun(std::move(base), std::move(authorization), plan))
{
    m_thread->setObjectName(QStringLiteral("load run"));
    m_thread->setEventDispatcher(new net::EpollEventDispatcher); // a socket per request in flight
    m_run->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_run, &LoadRun::start);
    connect(m_thread, &QThread::finished, m_run, &QObject::deleteLater);
    connect(m_run, &LoadRun::progressed, this, &LoadDriver::progressed);
    connect(m_run, &LoadRun::finished, this, &LoadDriver::end);
    m_thread->start();
}

LoadDriver::~LoadDriver()
{
    cancel();
    stop();
}

void LoadDriver::cancel()
{
    if (m_run)
        QMetaObject::invokeMethod(m_run, &LoadRun::cancel, Qt::QueuedConnection);
}

void LoadDriver::end(const LoadProgress &progress)
{
    stop(); // the run has finished: only its event loop is left to stop
    emit finished(progress);
}

void LoadDriver::stop()
{
    if (!m_run)
        return;
    m_thread->quit();
    m_thread->wait(); // the run is deleted as its thread finishes
    m_run = nullptr;
}

} // namespace backend
