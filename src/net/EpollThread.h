#pragma once

#include "base/Handoff.h"
#include "net/EpollEventDispatcher.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace net {

// Starts a thread and runs make on it, waiting: objects made there belong to that thread,
// so every timer and socket they own is its. The thread waits on epoll (it holds thousands
// of sockets) and runs under SCHED_BATCH (base::scheduleAsBatch).
template <typename Make>
QThread *startEpollThread(const QString &name, Make make)
{
    auto *thread = new QThread;
    thread->setObjectName(name);
    thread->setEventDispatcher(new EpollEventDispatcher);
    thread->start();
    auto *anchor = new QObject;
    anchor->moveToThread(thread);
    base::runOnAndWait(anchor, [&make] {
        base::scheduleAsBatch();
        make();
    });
    anchor->deleteLater();
    return thread;
}

// Destroys objects on their thread, then ends the thread; both pointers end null.
template <typename Objects>
void stopEpollThread(QThread *&thread, Objects *&objects)
{
    if (!thread)
        return;
    if (objects)
        base::runOnAndWait(objects, [doomed = objects] { delete doomed; });
    objects = nullptr;
    thread->quit();
    thread->wait();
    delete thread;
    thread = nullptr;
}

} // namespace net
