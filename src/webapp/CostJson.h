#pragma once

#include "ledger/AggregateSnapshot.h"
#include "ledger/EventRow.h"

#include <QJsonObject>

namespace webapp::api {

// The JSON of the recorded costs (CostRoutes); conventions in ApiJson.h.

// The totals of a use case, an instance, a user or a limit: calls, failures, blocked, units,
// cost and the first and last activity.
QJsonObject totalsJson(const ledger::Totals &totals);

// One entry of GET /sources: the source's name, its kind ("document_app" or "outside_app"),
// the module and app it names (null for the document app) and its totals.
QJsonObject sourceJson(const QString &source, const ledger::Totals &totals);

// One entry of GET /events: the call's `tracking` object (DocumentJson.h) and the rest of its event.
QJsonObject eventJson(const ledger::StoredEvent &stored);

} // namespace webapp::api
