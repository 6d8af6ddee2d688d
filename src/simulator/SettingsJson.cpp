#include "simulator/SettingsJson.h"

#include "base/JsonText.h"

namespace simulator {

namespace {

base::Error invalidField(const QString &message)
{
    return base::Error{QStringLiteral("invalid_field"), message};
}

} // namespace

QJsonObject settingsJson(const SimulatedModelSettings::Snapshot &s)
{
    return QJsonObject{{QStringLiteral("base_latency_ms"), s.baseLatencyMs},
                       {QStringLiteral("per_token_ms"), s.perTokenMs},
                       {QStringLiteral("failure_rate"), s.failureRate},
                       {QStringLiteral("fault_kind"), faultKindName(s.faultKind)}};
}

base::Result<SimulatedModelSettings::Snapshot> readSettingsJson(const QByteArray &body,
                                                                const SimulatedModelSettings::Snapshot &current)
{
    const base::Result<QJsonObject> object = base::readJsonObject(body);
    if (!object)
        return object.error();
    SimulatedModelSettings::Snapshot s = current;
    for (auto it = object->begin(); it != object->end(); ++it) {
        const QJsonValue v = it.value();
        if (it.key() == QLatin1String("base_latency_ms") || it.key() == QLatin1String("per_token_ms")) {
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 600'000 || v.toDouble() != double(v.toInt()))
                return invalidField(
                    QStringLiteral("\"%1\" must be a whole number of milliseconds, 0 to 600000").arg(it.key()));
            (it.key() == QLatin1String("base_latency_ms") ? s.baseLatencyMs : s.perTokenMs) = v.toInt();
        } else if (it.key() == QLatin1String("failure_rate")) {
            if (!v.isDouble() || !(v.toDouble() >= 0.0 && v.toDouble() <= 1.0))
                return invalidField(QStringLiteral("\"failure_rate\" must be a fraction from 0 to 1"));
            s.failureRate = v.toDouble();
        } else if (it.key() == QLatin1String("fault_kind")) {
            const std::optional<FaultKind> kind = faultKindFromName(v.toString());
            if (!kind)
                return invalidField(QStringLiteral("\"fault_kind\" must be rate_limited, server_error, timeout, "
                                                   "stream_cut, malformed_body or mixed"));
            s.faultKind = *kind;
        } else {
            return invalidField(QStringLiteral("unknown setting \"%1\"").arg(it.key().left(40)));
        }
    }
    return s;
}

} // namespace simulator
