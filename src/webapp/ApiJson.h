#pragma once

#include "base/Result.h"
#include "net/HttpResponse.h"

#include <QDateTime>
#include <QJsonObject>

namespace webapp::api {

// What every resource of the HTTP API shares (docs/http-api.md): money as decimal strings,
// times as UTC ISO-8601, errors as {"error": {"code", "message"}}. Each resource keeps its own
// JSON beside its routes (DocumentJson, LimitJson, InstrumentationJson, CostJson, PriceJson).

// The bodies of the API's writes are read and checked without side effects: each gives what the
// request asks for, or the error to answer 400 with (invalid_json, invalid_utf8, missing_field,
// invalid_field). Routes act only on a value, so a refused request changes nothing. A message
// quotes at most 40 characters of any one thing the client gave, never the body.

// An error value as a response with the given status.
net::HttpResponse errorResponse(int status, const base::Error &error);

// An invalid_field error with the given message.
base::Error invalidField(const QString &message);

// A required non-empty string field: missing_field (absent or null) or invalid_field.
base::Result<QString> requireString(const QJsonObject &object, const QString &field);

// The time in UTC ISO-8601 with milliseconds; empty for an invalid time.
QString isoUtc(const QDateTime &time);

} // namespace webapp::api
