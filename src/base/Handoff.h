#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>

#include <mutex>
#include <utility>

#include <pthread.h>
#include <sched.h>

#if defined(__SANITIZE_THREAD__)
#define COSTBENCH_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define COSTBENCH_TSAN 1
#endif
#endif

#ifdef COSTBENCH_TSAN
#include <sanitizer/tsan_interface.h>
#endif

// Work handed to another thread goes through these rather than straight to Qt. Debian's Qt is
// not built with ThreadSanitizer, so TSan cannot see the locks inside Qt's event queue and
// thread pool (futex-based QMutex) and would report every hand-off as a race. Under TSan these
// tell it what those locks guarantee: everything the sender did before handing off happens
// before the work runs; runOnAndWait() also orders the work before the sender's next step.
// Without TSan they are the plain Qt calls.
namespace base {

namespace handoff {

// The two halves of one happens-before edge, keyed by an address.
inline void release([[maybe_unused]] const void *key)
{
#ifdef COSTBENCH_TSAN
    __tsan_release(const_cast<void *>(key));
#endif
}

inline void acquire([[maybe_unused]] const void *key)
{
#ifdef COSTBENCH_TSAN
    __tsan_acquire(const_cast<void *>(key));
#endif
}

// The work as Qt stores it. Qt copies or moves it into its own call object on the sender's
// thread, then runs it on the receiver's and destroys it on either. Each copy ends by releasing
// its own address; the call and the destructor start by acquiring it, and the call ends by
// releasing it again for a destructor on the sender's side. Keyed by `this`, the receiver reads
// nothing of the object before the edge is in place, and unrelated hand-offs stay unordered.
template <typename Fn>
class Task
{
public:
    explicit Task(Fn fn) : m_fn(std::move(fn)) { release(this); }
    Task(const Task &other) : m_fn(other.m_fn) { release(this); }
    Task(Task &&other) : m_fn(std::move(other.m_fn)) { release(this); }
    Task &operator=(const Task &) = delete;
    Task &operator=(Task &&) = delete;
    ~Task() { acquire(this); }

    void operator()()
    {
        acquire(this);
        m_fn();
        release(this);
    }

private:
    Fn m_fn;
};

} // namespace handoff

// Queues fn to run on context's thread (Qt::QueuedConnection). Qt drops it if context is
// destroyed first.
template <typename Fn>
void postTo(QObject *context, Fn fn)
{
    QMetaObject::invokeMethod(context, handoff::Task<Fn>(std::move(fn)), Qt::QueuedConnection);
}

// Runs fn on context's thread and returns once it has run (Qt::BlockingQueuedConnection).
// Never call it on context's own thread: it would wait for itself.
template <typename Fn>
void runOnAndWait(QObject *context, Fn fn)
{
    const char done = 0;
    const auto work = [&fn, &done] {
        fn();
        handoff::release(&done);
    };
    QMetaObject::invokeMethod(context, handoff::Task<decltype(work)>(work), Qt::BlockingQueuedConnection);
    handoff::acquire(&done);
}

// Posts to an object from other threads, safely even while the object is destroyed: its
// destructor calls close() first, and each post either lands before (Qt then drops the work
// with the object) or finds the inbox closed and is dropped here. Shared by the posters.
class Inbox
{
public:
    explicit Inbox(QObject *owner) : m_owner(owner) {}

    template <typename Fn>
    void post(Fn fn)
    {
        std::lock_guard lock(m_mutex);
        if (m_owner)
            postTo(m_owner, std::move(fn));
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_owner = nullptr;
    }

private:
    std::mutex m_mutex;
    QObject *m_owner;
};

// The pool Costbench's own background work runs on (ledger reads, exports, parsing large
// answers), apart from Qt's global pool: Qt 6.4's raster engine splits a large fill or line
// drawing across the global pool and waits for it, so with our reads queued there the window's
// paint waited behind them (tens of ms under load). The application's end waits for its work.
QThreadPool *workPool();

// Runs fn on a thread of workPool().
template <typename Fn>
void runOnPool(Fn fn)
{
    workPool()->start(handoff::Task<Fn>(std::move(fn)));
}

// For a thread whose work is handing work to others: the server's and the model's event loops,
// the provider client's, the ledger writer. Under SCHED_BATCH a thread that is woken does not
// preempt the one running; it waits until that one blocks or its time slice ends. Each hand-off
// of a request (a socket written, an event posted) woke its receiver, which then took the CPU
// from the sender in the middle of its batch. Threads a person waits on, the GUI's, stay as
// they are. Any user may choose this policy; on failure the thread keeps its own.
inline void scheduleAsBatch()
{
    const sched_param none{};
    pthread_setschedparam(pthread_self(), SCHED_BATCH, &none);
}

} // namespace base
