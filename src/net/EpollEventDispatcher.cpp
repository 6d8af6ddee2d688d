#include "EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <functional>

#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace net {

namespace {

constexpr int MaxEventsPerTurn = 512;

// Which epoll events wake which kind of notifier, as QEventDispatcherUNIX does with poll().
constexpr uint32_t Wanted[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};
constexpr uint32_t Activating[3] = {EPOLLIN | EPOLLHUP | EPOLLERR, EPOLLOUT | EPOLLHUP | EPOLLERR,
                                    EPOLLPRI | EPOLLHUP | EPOLLERR};

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

constexpr qint64 NsPerMs = 1'000'000;

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wake(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wake < 0)
        qFatal("EpollEventDispatcher: cannot create epoll or eventfd: %s", std::strerror(errno));
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = m_wake;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &event) != 0)
        qFatal("EpollEventDispatcher: cannot watch the eventfd: %s", std::strerror(errno));
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wake);
    ::close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false, std::memory_order_relaxed);
    emit awake();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    // An event posted meanwhile has written the eventfd, so epoll_wait returns at once.
    const bool canWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.load(std::memory_order_relaxed);
    if (canWait)
        emit aboutToBlock();
    if (m_interrupted.load(std::memory_order_relaxed))
        return false;

    const int timeout = !canWait ? 0 : includeTimers ? waitMs() : -1;
    int handled = 0;
    if (includeNotifiers) {
        epoll_event events[MaxEventsPerTurn];
        const int ready = epoll_wait(m_epoll, events, MaxEventsPerTurn, timeout);
        if (ready < 0 && errno != EINTR)
            qWarning("EpollEventDispatcher: epoll_wait: %s", std::strerror(errno));
        for (int i = 0; i < ready; ++i) {
            if (events[i].data.fd == m_wake)
                handled += drainWakeUps();
        }
        if (ready > 0)
            handled += activateSocketNotifiers(events, ready);
    } else {
        // Sockets stay out of this wait, as with Qt's own dispatcher: a readable one would
        // end every wait at once.
        pollfd wake{m_wake, POLLIN, 0};
        if (::poll(&wake, 1, timeout) > 0)
            handled += drainWakeUps();
    }
    if (includeTimers)
        handled += activateTimers();
    return handled > 0;
}

int EpollEventDispatcher::drainWakeUps()
{
    eventfd_t drained;
    eventfd_read(m_wake, &drained);
    m_woken.store(false, std::memory_order_release);
    return 1;
}

int EpollEventDispatcher::activateSocketNotifiers(const epoll_event *events, int count)
{
    for (int i = 0; i < count; ++i) {
        const int fd = events[i].data.fd;
        const auto watch = m_watches.find(fd);
        if (fd == m_wake || watch == m_watches.end())
            continue;
        for (int type = 0; type < 3; ++type) {
            if (!watch->second.notifiers[type] || !(events[i].events & Activating[type])
                || watch->second.pendingAt[type] >= 0)
                continue;
            watch->second.pendingAt[type] = int(m_pending.size());
            m_pending.push_back(watch->second.notifiers[type]);
        }
    }
    // A notifier unregistered by an earlier one's slot is blanked in m_pending, not sent. A
    // nested loop in a slot goes on through the same list from the same position, and the
    // list is emptied once every entry is taken, so pendingAt stays valid until then.
    int activated = 0;
    while (m_pendingHead < m_pending.size()) {
        QSocketNotifier *notifier = m_pending[m_pendingHead++];
        if (!notifier)
            continue;
        m_watches[int(notifier->socket())].pendingAt[int(notifier->type())] = -1;
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        ++activated;
    }
    m_pending.clear();
    m_pendingHead = 0;
    return activated;
}

void EpollEventDispatcher::unpend(Watch &watch, int type)
{
    if (watch.pendingAt[type] >= 0)
        m_pending[size_t(watch.pendingAt[type])] = nullptr;
    watch.pendingAt[type] = -1;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    const auto [watch, added] = m_watches.try_emplace(fd);
    if (watch->second.notifiers[type] && watch->second.notifiers[type] != notifier) {
        qWarning("EpollEventDispatcher: a second notifier of the same type for socket %d replaces the first", fd);
        unpend(watch->second, type); // the first may be deleted before its turn
    }
    watch->second.notifiers[type] = notifier;
    updateEpoll(fd, watch->second, !added);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    const auto watch = m_watches.find(fd);
    if (watch == m_watches.end() || watch->second.notifiers[type] != notifier)
        return;
    watch->second.notifiers[type] = nullptr;
    unpend(watch->second, type);
    if (std::none_of(std::begin(watch->second.notifiers), std::end(watch->second.notifiers),
                     [](QSocketNotifier *n) { return n != nullptr; })) {
        // The socket may be closed already, which removed it from epoll: nothing to report.
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        m_watches.erase(watch);
        return;
    }
    updateEpoll(fd, watch->second, true);
}

void EpollEventDispatcher::updateEpoll(int fd, const Watch &watch, bool existed)
{
    epoll_event event{};
    for (int type = 0; type < 3; ++type) {
        if (watch.notifiers[type])
            event.events |= Wanted[type];
    }
    event.data.fd = fd;
    if (epoll_ctl(m_epoll, existed ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &event) == 0)
        return;
    // A socket closed and reopened under the same number before its notifiers went.
    if (errno == ENOENT && epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) == 0)
        return;
    qWarning("EpollEventDispatcher: cannot watch socket %d: %s", fd, std::strerror(errno));
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    const qint64 ms = std::max<qint64>(0, interval);
    Timer &timer = m_timers[timerId];
    timer = Timer{object, ms, timerType, nowNs() + ms * NsPerMs, m_nextSerial++, 0};
    schedule(timerId, timer);
}

void EpollEventDispatcher::schedule(int id, Timer &timer)
{
    timer.serial = m_nextSerial++;
    m_heap.push_back(Due{timer.deadlineNs, id, timer.serial});
    std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
    // Killed timers leave their entries behind; drop them once they outnumber live ones.
    if (m_heap.size() > 64 && m_heap.size() > 4 * m_timers.size()) {
        std::erase_if(m_heap, [this](const Due &due) { return !isCurrent(due); });
        std::make_heap(m_heap.begin(), m_heap.end(), std::greater<>());
    }
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    return m_timers.erase(timerId) > 0;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    return std::erase_if(m_timers, [object](const auto &entry) { return entry.second.object == object; }) > 0;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> found;
    for (const auto &[id, timer] : m_timers) {
        if (timer.object == object)
            found.append(TimerInfo(id, int(timer.intervalMs), timer.type));
    }
    return found;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    return int(std::max<qint64>(0, (it->second.deadlineNs - nowNs() + NsPerMs - 1) / NsPerMs));
}

bool EpollEventDispatcher::isCurrent(const Due &due) const
{
    const auto it = m_timers.find(due.id);
    return it != m_timers.end() && it->second.serial == due.serial;
}

int EpollEventDispatcher::waitMs()
{
    while (!m_heap.empty() && !isCurrent(m_heap.front())) {
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        m_heap.pop_back();
    }
    if (m_heap.empty())
        return -1;
    const qint64 left = m_heap.front().deadlineNs - nowNs();
    return left <= 0 ? 0 : int(std::min<qint64>((left + NsPerMs - 1) / NsPerMs, 24 * 3600 * 1000));
}

int EpollEventDispatcher::activateTimers()
{
    const qint64 now = nowNs();
    std::vector<int> collected;
    while (!m_heap.empty() && m_heap.front().deadlineNs <= now) {
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        const Due entry = m_heap.back();
        m_heap.pop_back();
        if (!isCurrent(entry))
            continue;
        Timer &timer = m_timers.at(entry.id);
        if (timer.firing) {
            // Its slot runs a nested loop: parked, so that the loop neither fires it again
            // nor wakes for it; it is rescheduled when the slot returns.
            timer.serial = 0;
            continue;
        }
        timer.deadlineNs += timer.intervalMs * NsPerMs;
        if (timer.deadlineNs < now)
            timer.deadlineNs = now + timer.intervalMs * NsPerMs;
        collected.push_back(entry.id);
    }
    // Rescheduled after collecting, so that a zero-interval timer fires once per turn.
    struct Firing
    {
        int id;
        quint64 registration;
        quint64 serial;
    };
    std::vector<Firing> due;
    for (const int id : collected) {
        Timer &timer = m_timers.at(id);
        schedule(id, timer);
        due.push_back({id, timer.registration, timer.serial});
    }
    int fired = 0;
    for (const Firing &f : due) {
        const auto it = m_timers.find(f.id);
        // Killed or restarted by an earlier slot, or fired meanwhile by a nested loop.
        if (it == m_timers.end() || it->second.serial != f.serial)
            continue;
        it->second.firing = true;
        // As Qt counts: zero timers do not make a turn report work, or a drain never ends.
        if (it->second.intervalMs > 0)
            ++fired;
        QTimerEvent event(f.id);
        QCoreApplication::sendEvent(it->second.object, &event);
        const auto still = m_timers.find(f.id);
        if (still == m_timers.end() || still->second.registration != f.registration)
            continue;
        still->second.firing = false;
        if (still->second.serial == 0) {
            still->second.deadlineNs = nowNs() + still->second.intervalMs * NsPerMs;
            schedule(f.id, still->second);
        }
    }
    return fired;
}

void EpollEventDispatcher::wakeUp()
{
    if (!m_woken.exchange(true, std::memory_order_acq_rel))
        eventfd_write(m_wake, 1);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true, std::memory_order_relaxed);
    wakeUp();
}

} // namespace net
