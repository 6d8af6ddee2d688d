#pragma once

#include "base/JsonText.h"
#include "base/Result.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "payi/CallEvent.h"
#include "payi/LimitRegistry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace webapp::api {

// The JSON of Pay-i's ingest call (IngestRoutes; docs/http-api.md, "Pay-i ingest"), in the
// wire format of the Pay-i Python SDK 0.1.0-alpha.177 (payi/resources/ingest.py): the
// attribution in xProxy-* headers, the call in the body. Errors are Pay-i's, not the rest of
// the API's: {"message", "statusCode", "xproxy_error": {"code", "message"}}, the SDK's APIError.

// One POST /api/v1/ingest, read and checked without side effects.
struct IngestPacket
{
    // The call as reported: category, resource, units, status, times, properties, texts and
    // the attribution read from the headers (origin call_header). No event id, cost, price
    // or limit states yet: payi::Instrumentation::record() gives them.
    payi::CallEvent event;
    // What identifies the call for the duplicate check: the query's `id`, else the body's
    // provider_response_id; empty when neither is given.
    QString responseId;
    // A 128-bit hash of the body and of the xProxy-* attribution headers (not the key): equal
    // for a packet sent again as it was.
    QByteArray digest;
};

// Reads the packet. Errors (400): invalid_json, invalid_utf8 (the body), missing_field
// (category, resource or units), invalid_field (a field of the wrong type or out of range: a
// unit count that is not a non-negative integer, a status outside 100-599, a time that is not
// ISO-8601 with an offset, a property value that is not a string or null), invalid_header (an
// xProxy-* header the SDK could not have sent, e.g. a version that is not an integer).
base::Result<IngestPacket> readIngestPacket(const net::HttpRequest &request);

// Pay-i's check of xProxy-Limit-IDs on its ingest and proxy calls: every id must name one of
// Costbench's limits. Error (400): invalid_limit_ids, Pay-i's code for "some or all of passed
// limit-ids do not exist", naming those that do not. `ids` as the headers were read (empty
// items already skipped).
std::optional<base::Error> checkLimitIds(const QStringList &ids, const payi::LimitRegistry &limits);

// An error in the SDK's APIError shape, e.g. for HttpServer::PathConventions.
net::HttpResponse xproxyError(int status, const QString &code, const QString &message);
// Its body, {"message", "statusCode", "xproxy_error": {"code", "message"}}, for answers that
// add to it (the proxy route's, with an xproxy_result).
QJsonObject xproxyErrorBody(int status, const QString &code, const QString &message);
net::HttpResponse xproxyError(int status, const base::Error &error);

// The SDK's XproxyResult of a recorded event: request_id, the attribution, limits
// ({id: {"state"}}), blocked_limit_ids, cost ({"currency", "input": {"base"}, "output":
// {"base"}, "total": {"base"}}, numbers of USD), and `warnings` when the resource has no price.
// Written into `out` as the value that comes next, or as an object.
void writeXproxyResult(base::JsonWriter &out, const payi::CallEvent &event);
QJsonObject xproxyResult(const payi::CallEvent &event);
// The SDK's IngestResponse, as JSON text: event_timestamp, ingest_timestamp, request_id,
// xproxy_result.
QByteArray ingestResponse(const payi::CallEvent &event, const QDateTime &ingested);

} // namespace webapp::api
