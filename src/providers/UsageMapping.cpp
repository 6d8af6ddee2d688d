#include "providers/UsageMapping.h"

namespace providers {

namespace {

qint64 count(const QJsonObject &object, QLatin1String key)
{
    return qMax<qint64>(0, object.value(key).toInteger());
}

} // namespace

payi::Units unitsFromOpenAiUsage(const QJsonObject &usage)
{
    const qint64 prompt = count(usage, QLatin1String("prompt_tokens"));
    const qint64 completion = count(usage, QLatin1String("completion_tokens"));
    const qint64 cached = qMin(
        prompt, count(usage.value(QLatin1String("prompt_tokens_details")).toObject(), QLatin1String("cached_tokens")));
    const qint64 reasoning = qMin(completion, count(usage.value(QLatin1String("completion_tokens_details")).toObject(),
                                                    QLatin1String("reasoning_tokens")));

    payi::Units units;
    units.insert(payi::unit::text(), {prompt - cached, completion - reasoning});
    if (cached > 0)
        units.insert(payi::unit::textCacheRead(), {cached, 0});
    if (reasoning > 0)
        units.insert(payi::unit::reasoning(), {0, reasoning});
    return units;
}

payi::Units estimatedUnits(qint64 promptTokens, qint64 completionTokens)
{
    payi::Units units;
    units.insert(payi::unit::text(), {qMax<qint64>(0, promptTokens), qMax<qint64>(0, completionTokens)});
    return units;
}

} // namespace providers
