#pragma once

#include <QJsonArray>
#include <QSet>

#include <mutex>

namespace simulator {

// Prompt caching as OpenAI does it: a prompt's prefixes are remembered at each cache
// boundary (the minimum, then every increment tokens), and a later prompt's cached tokens
// are its longest prefix remembered before. Thread-safe.
class PromptCache
{
public:
    // seed: the model's; models of other seeds share no prefix.
    explicit PromptCache(quint64 seed);

    // The boundaries: OpenAI's are 1024 and 128 (the default); each is at least 1. Forgets
    // every prefix remembered so far.
    void setThresholds(int minimumTokens, int increment);

    // The tokens of the longest prefix of messages remembered before, 0 for none; then
    // remembers messages' own. promptTokens: the prompt's estimate (estimatePromptTokens).
    qint64 cachedTokens(const QJsonArray &messages, qint64 promptTokens);

private:
    const quint64 m_seed;
    std::mutex m_mutex; // guards the fields below
    int m_minimum = 1024;
    int m_increment = 128;
    QSet<quint64> m_prefixes;
};

} // namespace simulator
