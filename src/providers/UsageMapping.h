#pragma once

#include "payi/Units.h"

#include <QJsonObject>

namespace providers {

// OpenAI's usage object as Pay-i units (docs/tracking-model.md, "Units"):
// - text: input = prompt_tokens - prompt_tokens_details.cached_tokens,
//         output = completion_tokens - completion_tokens_details.reasoning_tokens;
// - text_cache_read: input = cached_tokens (present only when non-zero);
// - reasoning: output = reasoning_tokens (present only when non-zero).
// Missing or negative counts are zero; a detail larger than its total is capped at it.
// "text" is always present, so a call that consumed nothing still shows zero text.
payi::Units unitsFromOpenAiUsage(const QJsonObject &usage);

// Units for a call whose provider gave no usage: the estimated prompt and the counted
// output tokens, all as text.
payi::Units estimatedUnits(qint64 promptTokens, qint64 completionTokens);

} // namespace providers
