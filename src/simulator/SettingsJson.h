#pragma once

#include "base/Result.h"
#include "simulator/SimulatedModelSettings.h"

#include <QByteArray>
#include <QJsonObject>

namespace simulator {

// The settings as GET and PUT /sim/settings show them: base_latency_ms, per_token_ms,
// failure_rate and fault_kind.
QJsonObject settingsJson(const SimulatedModelSettings::Snapshot &settings);

// A PUT /sim/settings body applied over current: any of the four fields, each checked.
// Errors: invalid_json, invalid_utf8, invalid_field (out of range, or an unknown field).
base::Result<SimulatedModelSettings::Snapshot> readSettingsJson(const QByteArray &body,
                                                                const SimulatedModelSettings::Snapshot &current);

} // namespace simulator
