#include "gui/LagProbe.h"

#include <algorithm>

namespace gui {

LagProbe::LagProbe(int intervalMs, QObject *parent) : QObject(parent), m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LagProbe::tick);
}

void LagProbe::start()
{
    m_clock.start();
    m_lastNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void LagProbe::stop()
{
    m_timer.stop();
}

void LagProbe::reset()
{
    m_lagsUs.clear();
    m_lastNs = m_clock.nsecsElapsed();
}

void LagProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 lateUs = (now - m_lastNs) / 1000 - qint64(m_intervalMs) * 1000;
    m_lagsUs.push_back(std::max<qint64>(lateUs, 0));
    m_lastNs = now;
}

double LagProbe::percentileMs(double share) const
{
    if (m_lagsUs.empty())
        return 0.0;
    std::vector<qint64> sorted = m_lagsUs;
    const size_t at = std::min(sorted.size() - 1, size_t(share * double(sorted.size())));
    std::nth_element(sorted.begin(), sorted.begin() + qsizetype(at), sorted.end());
    return double(sorted[at]) / 1000.0;
}

double LagProbe::maxMs() const
{
    return m_lagsUs.empty() ? 0.0 : double(*std::max_element(m_lagsUs.begin(), m_lagsUs.end())) / 1000.0;
}

} // namespace gui
