#pragma once

#include "base/JsonText.h"
#include "base/Result.h"
#include "ledger/AggregateSnapshot.h"
#include "ledger/EventRow.h"
#include "net/HttpResponse.h"
#include "payi/CallEvent.h"
#include "payi/Limit.h"
#include "payi/Params.h"
#include "simulator/SimulatedModelSettings.h"
#include "webapp/InstrumentationMode.h"

#include <QJsonObject>

namespace webapp::api {

// The JSON of the HTTP API (docs/http-api.md): money as decimal strings, times as UTC
// ISO-8601, errors as {"error": {"code", "message"}}.

// The bodies of the API's writes, read and checked without side effects: each gives what the
// request asks for, or the error to answer 400 with (invalid_json, invalid_utf8, missing_field,
// invalid_field). Routes act only on a value, so a refused request changes nothing. A message
// quotes at most 40 characters of the client's input, never the body.

// POST /documents {"prompt"} and POST /documents/{id}/append {"text"}: the field's string.
base::Result<QString> readDocumentText(const QByteArray &body, const QString &field);
// POST /limits {"limit_name", "max", "limit_type" (default allow), "threshold" (default 1.0)}:
// a spec that passes LimitSpec::validate().
base::Result<payi::LimitSpec> readLimitSpec(const QByteArray &body);
// PATCH /limits/{id}: at least one of those four fields, and no other.
base::Result<payi::LimitEdit> readLimitEdit(const QByteArray &body);
// PUT /instrumentation {"mode", "global_context"}: at least one of the two.
struct InstrumentationChange
{
    std::optional<InstrumentationMode> mode;
    payi::Params globalContext; // only use_case_name, use_case_id, user_id, account_name, limit_ids
};
base::Result<InstrumentationChange> readInstrumentationChange(const QByteArray &body);
// PUT /sim/settings {"base_latency_ms", "per_token_ms", "failure_rate", "fault_kind"}: current

// An error value as a response with the given status.
net::HttpResponse errorResponse(int status, const base::Error &error);

QString isoUtc(const QDateTime &time);
QJsonObject totalsJson(const ledger::Totals &totals);
// The `tracking` object of the document endpoints, written into json with the keys in
// QJsonDocument's order, and as an object.
void writeTracking(base::JsonWriter &json, const payi::CallEvent &event);
QJsonObject trackingJson(const payi::CallEvent &event);
// The answer of POST /documents and POST /documents/{id}/append: {"content", "document_id",
// "tracking"}, written directly (the hot path of the document server).
net::HttpResponse documentAnswer(int status, const QString &documentId, const QString &content,
                                 const payi::CallEvent &event);
// One entry of GET /events.
QJsonObject eventJson(const ledger::StoredEvent &stored);

} // namespace webapp::api
