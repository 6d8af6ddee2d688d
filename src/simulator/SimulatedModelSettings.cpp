#include "simulator/SimulatedModelSettings.h"

#include <array>
#include <utility>

namespace simulator {

namespace {

constexpr std::array<std::pair<FaultKind, QLatin1String>, 6> FaultNames{{
    {FaultKind::RateLimited, QLatin1String("rate_limited")},
    {FaultKind::ServerError, QLatin1String("server_error")},
    {FaultKind::Timeout, QLatin1String("timeout")},
    {FaultKind::StreamCut, QLatin1String("stream_cut")},
    {FaultKind::MalformedBody, QLatin1String("malformed_body")},
    {FaultKind::Mixed, QLatin1String("mixed")},
}};

SimulatedModelSettings::Snapshot clamped(SimulatedModelSettings::Snapshot snapshot)
{
    snapshot.baseLatencyMs = qMax(0, snapshot.baseLatencyMs);
    snapshot.perTokenMs = qMax(0, snapshot.perTokenMs);
    snapshot.failureRate = qBound(0.0, snapshot.failureRate, 1.0);
    return snapshot;
}

} // namespace

QString faultKindName(FaultKind kind)
{
    for (const auto &[k, name] : FaultNames) {
        if (k == kind)
            return name;
    }
    return {};
}

std::optional<FaultKind> faultKindFromName(QStringView name)
{
    for (const auto &[kind, n] : FaultNames) {
        if (name == n)
            return kind;
    }
    return std::nullopt;
}

SimulatedModelSettings::Snapshot SimulatedModelSettings::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

void SimulatedModelSettings::setBaseLatencyMs(int ms)
{
    std::lock_guard lock(m_mutex);
    m_snapshot.baseLatencyMs = qMax(0, ms);
}

void SimulatedModelSettings::setPerTokenMs(int ms)
{
    std::lock_guard lock(m_mutex);
    m_snapshot.perTokenMs = qMax(0, ms);
}

void SimulatedModelSettings::setFailureRate(double rate)
{
    std::lock_guard lock(m_mutex);
    m_snapshot.failureRate = qBound(0.0, rate, 1.0);
}

void SimulatedModelSettings::setFaultKind(FaultKind kind)
{
    std::lock_guard lock(m_mutex);
    m_snapshot.faultKind = kind;
}

void SimulatedModelSettings::apply(const Snapshot &snapshot)
{
    std::lock_guard lock(m_mutex);
    m_snapshot = clamped(snapshot);
}

} // namespace simulator
