#pragma once

#include "simulator/ModelCatalogue.h"
#include "simulator/PromptCache.h"
#include "simulator/ResponsePlan.h"
#include "simulator/SimulatedModelSettings.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

namespace simulator {

// A deterministic stand-in for an OpenAI chat model. For a creation prompt it writes a
// short poem about the prompt's words; for an edit prompt ("Existing document: ... Text to
// append: ...") it returns the whole document with the text appended and a closing line
// in the document's voice (its own words, from a small word model). The same seed and
// messages always give the same text. It counts tokens with TokenEstimate, caches prompt
// prefixes as OpenAI does (hits from 1024 tokens, in steps of 128), gives reasoning models
// (o1, o3, o4, gpt-5*) reasoning tokens, and honours max_tokens / max_completion_tokens.
// It serves the models of its catalogue only, and refuses max_tokens as OpenAI does for the
// models that take max_completion_tokens only (400 unsupported_parameter). Faults and latency come from the shared
// settings. Thread-safe; no I/O.
class SimulatedModel
{
public:
    explicit SimulatedModel(
        quint64 seed = 42,
        std::shared_ptr<SimulatedModelSettings> settings = std::make_shared<SimulatedModelSettings>(),
        ModelCatalogue catalogue = ModelCatalogue());

    quint64 seed() const { return m_seed; }
    const std::shared_ptr<SimulatedModelSettings> &settings() const { return m_settings; }
    const ModelCatalogue &catalogue() const { return m_catalogue; }

    // Prompt caching thresholds; OpenAI's are 1024 and 128.
    void setPromptCaching(int minimumTokens, int increment);

    // Plans the answer to a POST /v1/chat/completions body. A malformed request gets a
    // 400 plan with OpenAI's invalid_request_error body; a model the catalogue does not serve,
    // a 404 plan with code model_not_found; max_tokens for a model that takes
    // max_completion_tokens (ModelCatalogue::maxTokensParameter), a 400 plan with code
    // unsupported_parameter and param max_tokens.
    ResponsePlan plan(const QByteArray &requestBody, qint64 createdSecs);

    // OpenAI's error body, {"error": {"message", "type", "param", "code"}}: an empty code or
    // param is null.
    static QByteArray errorBody(const QString &message, const QString &type, const QString &code = QString(),
                                const QString &param = QString());
    // OpenAI's 404 body for a model it does not serve.
    static QByteArray modelNotFoundBody(const QString &model);

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

    const quint64 m_seed;
    const std::shared_ptr<SimulatedModelSettings> m_settings;
    const ModelCatalogue m_catalogue;
    std::atomic<quint64> m_sequence{0};

    PromptCache m_promptCache;

    std::mutex m_memoMutex; // guards m_written
    QHash<QByteArray, Written> m_written;
};

} // namespace simulator
