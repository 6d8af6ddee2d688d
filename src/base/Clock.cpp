#include "base/Clock.h"

namespace base {

SystemClock::SystemClock()
{
    m_timer.start();
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicNs() const
{
    return m_timer.nsecsElapsed();
}

ManualClock::ManualClock(QDateTime start) : m_start(std::move(start)) {}

QDateTime ManualClock::nowUtc() const
{
    return m_start.addMSecs(m_ns.load() / 1'000'000);
}

} // namespace base
