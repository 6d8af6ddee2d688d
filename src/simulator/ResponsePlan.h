#pragma once

#include "simulator/SimulatedModelSettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace simulator {

// Everything the simulated model will answer to one request, and when: pure data, so an
// HTTP route, a test or a benchmark can play it out as it likes.
struct ResponsePlan
{
    // A status other than 200 is answered with errorBody after firstTokenDelayMs: the base
    // latency for a fault, 0 for a refused request.
    int httpStatus = 200;
    QByteArray errorBody;
    // A 429's advice to wait before trying again (retry-after-ms, and retry-after in whole
    // seconds, rounded up); 0 for none.
    int retryAfterMs = 0;
    // Timeout, StreamCut or MalformedBody when one was injected into a 200 answer.
    std::optional<FaultKind> fault;

    QString id;
    QString model;
    qint64 created = 0; // seconds since the epoch
    bool stream = false;
    bool includeUsage = false; // stream_options.include_usage

    QString text;         // the visible output
    qint64 pieces = 0;    // its tokens: one per stream chunk
    QString finishReason; // "stop", or "length" when max_tokens cut it
    qint64 promptTokens = 0;
    qint64 cachedTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 completionTokens() const { return reasoningTokens + pieces; }

    // The model "thinks" for baseLatencyMs plus perTokenMs per reasoning token, then
    // writes one piece every perTokenMs.
    int firstTokenDelayMs = 0;
    int perTokenMs = 0;
    // StreamCut: the pieces written before the connection closes.
    int cutAfterPieces = 0;

    QString content() const { return text; }
    QJsonObject usage() const;
    // When the whole answer is ready: the non-stream reply time.
    int totalLatencyMs() const;

    // The non-stream 200 body: a chat.completion object. For MalformedBody and StreamCut
    // only its first half (a body cut short is all a complete HTTP answer can show).
    QByteArray completionBody() const;

    struct StreamEvent
    {
        int atMs;        // since the request arrived
        QByteArray data; // the event's data field: a chunk's JSON, or "[DONE]"
    };
    // The stream's events in order: a role chunk, one chunk per piece, the finish chunk,
    // the usage chunk when asked for, and "[DONE]". With StreamCut it stops after
    // cutAfterPieces pieces; with MalformedBody a chunk that is not JSON follows them. Either
    // way there is no finish chunk, usage or [DONE]: the stream must then just end.
    QList<StreamEvent> streamEvents() const;
    // StreamCut or MalformedBody: the answer stops short of its proper end.
    bool endsAbruptly() const;

private:
    void appendHead(QByteArray &bytes, QLatin1StringView object) const;
    void appendUsage(QByteArray &bytes) const;
};

} // namespace simulator
