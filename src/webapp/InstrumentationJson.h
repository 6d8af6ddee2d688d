#pragma once

#include "base/Result.h"
#include "payi/Params.h"
#include "webapp/InstrumentationMode.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace payi {
class Instrumentation;
}

namespace webapp::api {

// The JSON of /instrumentation (InstrumentationRoutes); conventions in ApiJson.h.

// PUT /instrumentation {"mode", "global_context"}: at least one of the two.
struct InstrumentationChange
{
    std::optional<InstrumentationMode> mode;
    payi::Params globalContext; // only use_case_name, use_case_id, user_id, account_name, limit_ids
};
base::Result<InstrumentationChange> readInstrumentationChange(const QByteArray &body);

// The answer of GET and PUT /instrumentation: {"mode", "global_instrumentation",
// "global_context", "explanation"}.
QJsonObject instrumentationJson(InstrumentationMode mode, const payi::Instrumentation &instrumentation);

} // namespace webapp::api
