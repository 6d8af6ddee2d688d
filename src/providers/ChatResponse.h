#pragma once

#include "payi/CallEvent.h"
#include "payi/Units.h"

#include <QJsonObject>
#include <QString>

namespace providers {

// One piece of a stream as the caller sees it. The usage-only chunk that Costbench asks
// for is not delivered unless the caller asked for it (stream_options.include_usage).
struct ChatDelta
{
    QString content;   // choices[0].delta.content, possibly empty
    QJsonObject chunk; // the whole chat.completion.chunk
};

// A finished chat completion.
struct ChatResponse
{
    QString id; // the provider's response id ("chatcmpl-...")
    QString model;
    QString content;      // choices[0].message.content, or the stream's deltas joined
    QString finishReason; // "stop", "length", ...
    QJsonObject usage;    // the provider's usage object as received; empty when it gave none
    payi::Units units;    // usage as Pay-i units (estimated when usageEstimated)
    bool usageEstimated = false;
    int attempts = 1; // HTTP requests the call took, retries included
    // The event the library recorded; its eventId is empty when the call was not tracked.
    // Its providerResponseJson holds the provider's own text.
    payi::CallEvent event;
};

} // namespace providers
