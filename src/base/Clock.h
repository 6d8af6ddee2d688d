#pragma once

#include <QDateTime>
#include <QElapsedTimer>

#include <atomic>

namespace base {

// Time as the library sees it. Inject a ManualClock in tests.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Monotonic nanoseconds, for latencies.
    virtual qint64 monotonicNs() const = 0;
};

class SystemClock final : public Clock
{
public:
    SystemClock();
    QDateTime nowUtc() const override;
    qint64 monotonicNs() const override;

private:
    QElapsedTimer m_timer;
};

// A clock that moves only when told to; thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QDateTime nowUtc() const override;
    qint64 monotonicNs() const override { return m_ns.load(); }
    void advanceMs(qint64 ms) { m_ns.fetch_add(ms * 1'000'000); }

private:
    QDateTime m_start;
    std::atomic<qint64> m_ns{0};
};

} // namespace base
