#pragma once

#include <QString>
#include <QStringView>

#include <mutex>
#include <optional>

namespace simulator {

// The failures the simulated model can inject.
enum class FaultKind : quint8 {
    RateLimited,   // 429 with OpenAI's rate-limit error body
    ServerError,   // 500 with OpenAI's server error body
    Timeout,       // accepts the request and never answers
    StreamCut,     // the connection closes half-way through the answer
    MalformedBody, // 200 with a body (or a stream chunk) that is not valid JSON
    Mixed,         // one of the above, drawn per failing call
};

QString faultKindName(FaultKind kind); // "rate_limited", "server_error", "timeout", ...
std::optional<FaultKind> faultKindFromName(QStringView name);

// How the simulated model behaves, changeable at run time from any thread (the QA
// panel, the command line). Calls read one consistent snapshot when they start.
class SimulatedModelSettings
{
public:
    struct Snapshot
    {
        // Latency = baseLatencyMs + perTokenMs for every reasoning and output token.
        int baseLatencyMs = 200;
        int perTokenMs = 5;
        double failureRate = 0.0; // 0..1, the share of calls that fail
        FaultKind faultKind = FaultKind::Mixed;
    };

    Snapshot snapshot() const;
    void setBaseLatencyMs(int ms);
    void setPerTokenMs(int ms);
    void setFailureRate(double rate); // clamped to 0..1
    void setFaultKind(FaultKind kind);
    void apply(const Snapshot &snapshot);

private:
    mutable std::mutex m_mutex;
    Snapshot m_snapshot;
};

} // namespace simulator
