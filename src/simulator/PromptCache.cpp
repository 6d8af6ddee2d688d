#include "simulator/PromptCache.h"

#include "providers/TokenEstimate.h"
#include "simulator/Draw.h"

#include <QJsonObject>
#include <QList>

namespace simulator {

namespace {

constexpr qsizetype Capacity = 200'000; // prefixes remembered before the cache is cleared

} // namespace

PromptCache::PromptCache(quint64 seed) : m_seed(seed) {}

void PromptCache::setThresholds(int minimumTokens, int increment)
{
    std::lock_guard lock(m_mutex);
    m_minimum = qMax(1, minimumTokens);
    m_increment = qMax(1, increment);
    m_prefixes.clear();
}

qint64 PromptCache::cachedTokens(const QJsonArray &messages, qint64 promptTokens)
{
    // The prompt as a token sequence: each message is a role marker worth four tokens
    // (OpenAI's per-message overhead) followed by its content's tokens. A prefix hash is
    // remembered at every cache boundary; the longest boundary seen before is a hit.
    std::lock_guard lock(m_mutex);
    // The sequence is shorter than the whole prompt (its reply priming is not in it): a
    // prompt under the minimum crosses no boundary, and is not tokenized again for nothing.
    if (promptTokens < m_minimum)
        return 0;
    quint64 hash = mix(m_seed);
    qint64 position = 0;
    qint64 cached = 0;
    QList<quint64> boundaries;
    auto advance = [&](QStringView piece, qint64 width) {
        const qint64 before = position;
        hash = mix(fnv1a(QByteArrayView(reinterpret_cast<const char *>(piece.utf16()), piece.size() * 2), hash));
        position += width;
        // Boundaries crossed inside a multi-token marker count at its end.
        for (qint64 b = before + 1; b <= position; ++b) {
            if (b >= m_minimum && (b - m_minimum) % m_increment == 0) {
                if (m_prefixes.contains(hash ^ quint64(b)))
                    cached = b;
                boundaries.append(hash ^ quint64(b));
            }
        }
    };
    for (const QJsonValue &m : messages) {
        const QJsonObject message = m.toObject();
        advance(message.value(QLatin1String("role")).toString(), 4);
        const QString content = providers::messageText(message.value(QLatin1String("content")));
        for (qsizetype i = 0, length = 0; i < content.size(); i += length) {
            length = providers::tokenLengthAt(content, i);
            advance(QStringView(content).mid(i, length), 1);
        }
    }
    if (m_prefixes.size() + boundaries.size() > Capacity)
        m_prefixes.clear();
    for (const quint64 b : std::as_const(boundaries))
        m_prefixes.insert(b);
    return cached;
}

} // namespace simulator
