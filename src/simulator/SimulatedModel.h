#pragma once

#include "simulator/SimulatedModelSettings.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace simulator {

// Everything the simulated model will answer to one request, and when: pure data, so an
// HTTP route, a test or a benchmark can play it out as it likes.
struct ResponsePlan
{
    // A status other than 200 is answered at once (after the base latency) with errorBody.
    int httpStatus = 200;
    QByteArray errorBody;
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
};

// A deterministic stand-in for an OpenAI chat model. For a creation prompt it writes a
// short poem about the prompt's words; for an edit prompt ("Existing document: ... Text to
// append: ...") it returns the whole document with the text appended and a closing line
// in the document's voice (its own words, from a small word model). The same seed and
// messages always give the same text. It counts tokens with TokenEstimate, caches prompt
// prefixes as OpenAI does (hits from 1024 tokens, in steps of 128), gives reasoning models
// (o1, o3, o4, gpt-5*) reasoning tokens, and honours max_tokens / max_completion_tokens.
// Faults and latency come from the shared settings. Thread-safe; no I/O.
class SimulatedModel
{
public:
    explicit SimulatedModel(quint64 seed = 42, std::shared_ptr<SimulatedModelSettings> settings =
                                                   std::make_shared<SimulatedModelSettings>());

    quint64 seed() const { return m_seed; }
    const std::shared_ptr<SimulatedModelSettings> &settings() const { return m_settings; }

    // Prompt caching thresholds; OpenAI's are 1024 and 128.
    void setPromptCaching(int minimumTokens, int increment);

    // Plans the answer to a POST /v1/chat/completions body. A malformed request gets a
    // 400 plan with OpenAI's invalid_request_error body.
    ResponsePlan plan(const QByteArray &requestBody, qint64 createdSecs);

    static QByteArray errorBody(const QString &message, const QString &type, const QString &code = QString(),
                                const QString &param = QString());

private:
    // The answer's text and what follows from the messages alone. It is a pure function of
    // the seed and the messages, so recent ones are remembered: a repeated prompt (a load
    // run, a retried call) costs a lookup instead of writing the poem again.
    struct Written
    {
        QString text;
        qint64 pieces = 0;
        qint64 promptTokens = 0;
        qint64 jitter = 0; // a reasoning model's per-text spread, percent
    };
    Written write(const QJsonArray &messages);
    // promptTokens: the prompt's estimate (Written::promptTokens).
    qint64 cachedPrefixTokens(const QJsonArray &messages, qint64 promptTokens);

    const quint64 m_seed;
    const std::shared_ptr<SimulatedModelSettings> m_settings;
    std::atomic<quint64> m_sequence{0};

    std::mutex m_cacheMutex; // guards the fields below
    int m_cacheMinimum = 1024;
    int m_cacheIncrement = 128;
    QSet<quint64> m_cachedPrefixes;

    std::mutex m_memoMutex; // guards m_written
    QHash<QByteArray, Written> m_written;
};

} // namespace simulator
