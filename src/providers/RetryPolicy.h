#pragma once

#include "net/HttpHeaders.h"

#include <QDateTime>

#include <optional>

namespace providers {

// When and how soon a failed provider call is sent again, as the official OpenAI SDKs do it
// (openai-python's _base_client.py: _should_retry, _calculate_retry_timeout; openai-node
// alike): maxRetries retries after the first attempt (2 by default), on a connection error or
// time-out, or an answer of 408, 409, 429 or 5xx, unless the answer's x-should-retry header
// says otherwise ("true" retries any error status, "false" none). The wait before retry n
// (n = 0, 1, ...) is what the answer asks (retry-after-ms, else retry-after in seconds or as
// an HTTP date) when that is more than 0 and at most 60 s; else 0.5 s × 2^n, at most 8 s,
// less a random jitter of up to a quarter.
struct RetryPolicy
{
    int maxRetries = 2;
    int initialDelayMs = 500;
    int maxDelayMs = 8'000;
    int maxRetryAfterMs = 60'000;

    // Whether an answer with this error status (4xx, 5xx) is retried.
    static bool retriesStatus(int status, const net::HttpHeaders &headers);
    // What the answer asks the client to wait, in ms (retry-after-ms, else retry-after), read
    // as the SDK reads it: the first of the two headers that parses decides, even out of range;
    // nullopt when neither does. `now` dates an HTTP-date retry-after.
    static std::optional<double> retryAfterMs(const net::HttpHeaders &headers, const QDateTime &now);
    // The wait before the retry that follows `retriesTaken` retries. random01 in [0, 1) draws the
    // jitter (1 - 0.25 × random01).
    int delayMs(int retriesTaken, const net::HttpHeaders &headers, double random01, const QDateTime &now) const;
};

} // namespace providers
