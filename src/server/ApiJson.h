#pragma once

#include "ledger/AggregateSnapshot.h"
#include "ledger/EventRow.h"
#include "payi/CallEvent.h"
#include "payi/Result.h"
#include "server/HttpResponse.h"

#include <QJsonObject>

namespace server::api {

// The JSON of the HTTP API (DESIGN.md's contract): money as decimal strings, times as UTC
// ISO-8601, errors as {"error": {"code", "message"}}.

// A request body that must be one JSON object in valid UTF-8. Errors: invalid_json,
// invalid_utf8 (400). The message never quotes the body.
payi::Result<QJsonObject> parseObject(const QByteArray &body);
// A required non-empty string field: missing_field or invalid_field (400).
payi::Result<QString> requireString(const QJsonObject &object, const QString &field);

// An error value as a response with the given status.
HttpResponse errorResponse(int status, const payi::Error &error);

QString isoUtc(const QDateTime &time);
QJsonObject totalsJson(const ledger::Totals &totals);
// The `tracking` object of the document endpoints.
QJsonObject trackingJson(const payi::CallEvent &event);
// One entry of GET /events.
QJsonObject eventJson(const ledger::StoredEvent &stored);

} // namespace server::api
