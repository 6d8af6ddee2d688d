// An event dispatcher for the threads that hold thousands of sockets: the server's, the
// simulated model's, and the load generator's.
//
// Qt 6.4's own dispatchers (glib's and QEventDispatcherUNIX) call poll() with every socket
// notifier of the thread on every loop turn, and keep timers in a sorted list. With 2,000
// connections in and 2,000 out on one thread, half of that thread's time went into poll()
// (perf, 2,000 connections at 1,000 ms model latency). Here each socket is registered
// with epoll once, a turn costs what is ready, and timers live in a binary heap.
//
// Same contract as QEventDispatcherUNIX: posted events first, then ready sockets (read on
// EPOLLIN/HUP/ERR, write on EPOLLOUT/HUP/ERR, exception on EPOLLPRI/HUP/ERR), then due
// timers; a timer whose slot is still running (a nested loop) is not fired again; timers
// made while firing wait for the next turn. Install with QThread::setEventDispatcher()
// before the thread starts, or QCoreApplication::setEventDispatcher() before the app.
#pragma once

#include <QAbstractEventDispatcher>

#include <atomic>
#include <cstdint>
#include <unordered_map>
#include <vector>

struct epoll_event;

namespace net {

class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    struct Watch
    {
        QSocketNotifier *notifiers[3] = {};
        // Where each notifier waits in m_pending this turn, or -1.
        int pendingAt[3] = {-1, -1, -1};
    };
    struct Timer
    {
        QObject *object;
        qint64 intervalMs;
        Qt::TimerType type;
        qint64 deadlineNs;
        quint64 registration; // tells a timer from one restarted under its id
        quint64 serial;       // matches the heap entry that is current; 0 while parked
        bool firing = false;  // its slot is running
    };
    struct Due
    {
        qint64 deadlineNs;
        int id;
        quint64 serial;
        bool operator>(const Due &other) const { return deadlineNs > other.deadlineNs; }
    };

    void updateEpoll(int fd, const Watch &watch, bool existed);
    int drainWakeUps();
    void unpend(Watch &watch, int type);
    int activateSocketNotifiers(const ::epoll_event *events, int count);
    int activateTimers();
    void schedule(int id, Timer &timer);
    bool isCurrent(const Due &due) const;
    int waitMs();

    int m_epoll = -1;
    int m_wake = -1;
    std::atomic<bool> m_woken{false};
    std::atomic<bool> m_interrupted{false};

    std::unordered_map<int, Watch> m_watches;
    std::vector<QSocketNotifier *> m_pending; // this turn's ready notifiers, in order
    size_t m_pendingHead = 0;                 // the next to activate, at every loop depth

    std::unordered_map<int, Timer> m_timers;
    std::vector<Due> m_heap; // min-heap on deadline; entries whose serial is stale are skipped
    quint64 m_nextSerial = 1;
};

} // namespace net
