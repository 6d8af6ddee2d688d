#pragma once

#include "base/Result.h"
#include "net/HttpRequest.h"
#include "payi/Attribution.h"
#include "payi/CallEvent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace webapp::api {

// The JSON of Pay-i's OpenAI proxy route (ProxyRoutes; docs/http-api.md, "Pay-i ingest",
// POST /api/v1/proxy/openai/v1/chat/completions): the OpenAI request as the app's client
// sent it, read without side effects, and the provider's answer with Pay-i's fields added.

// One proxied chat completions request, read and checked.
struct ProxyRequest
{
    QByteArray body; // as sent: forwarded byte for byte unless upstreamBody() must change it
    QString model;
    bool stream = false;
    // stream_options.include_usage as the client sent it: the usage chunk is the client's.
    bool clientWantsUsage = false;
    // max_completion_tokens or max_tokens, the smaller when both are given; 0 when neither.
    qint64 maxOutputTokens = 0;
    // The attribution of the xProxy-* headers alone (origin call_header), as the ingest
    // route reads it: the app's SDK resolved its scopes before sending.
    payi::Attribution attribution;
};

// Reads the request. Errors (400): invalid_json, invalid_utf8 (the body), missing_field
// (model), invalid_field (model not a non-empty string; stream not a boolean;
// stream_options not an object; max_tokens or max_completion_tokens not a positive integer),
// invalid_header (an xProxy-* header the SDK could not have sent).
base::Result<ProxyRequest> readProxyRequest(const net::HttpRequest &request);

// The body to send the provider: the client's bytes, unless Costbench must change it. A
// stream whose client did not ask for usage asks for it (stream_options.include_usage, as
// the Pay-i SDK does in its instrumented mode), and outputCap > 0 (a block limit's
// reservation, payi::TrackedCall::outputTokenCap) sets max_completion_tokens. Either change
// rewrites the object (same fields and values, keys in QJsonDocument's order).
QByteArray upstreamBody(const ProxyRequest &request, qint64 outputCap);

// `json` with `fields` added at the end of its top-level object, the rest byte for byte;
// nullopt when `json` is not a JSON object.
std::optional<QByteArray> withFields(const QByteArray &json, const QJsonObject &fields);

// Pay-i's answer to a call a block limit refused (400, never forwarded): the error shape
// with xproxy_error limit_reached and the blocked event's xproxy_result.
QJsonObject blockedAnswer(const payi::CallEvent &blocked);

// Pay-i's answer to a call the provider never answered (connection refused, time-out, a
// broken answer): the error shape with xproxy_error {kind, description} and the failed
// event's xproxy_result.
QJsonObject providerFailureAnswer(int status, const payi::CallEvent &failed);

} // namespace webapp::api
