#pragma once

#include "base/Result.h"
#include "payi/Limit.h"

#include <QByteArray>

namespace webapp::api {

// The bodies of the limit endpoints (LimitRoutes); conventions in ApiJson.h. A limit's answer
// is payi::Limit::toJson().

// POST /limits {"limit_name", "max", "limit_type" (default allow), "threshold" (default 1.0)}:
// a spec that passes LimitSpec::validate().
base::Result<payi::LimitSpec> readLimitSpec(const QByteArray &body);

// PATCH /limits/{id}: at least one of those four fields, and no other.
base::Result<payi::LimitEdit> readLimitEdit(const QByteArray &body);

} // namespace webapp::api
