#include "providers/RetryPolicy.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace providers {

namespace {

std::optional<double> number(const QByteArray &text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// An HTTP date (RFC 9110: "Sun, 06 Nov 1994 08:49:37 GMT"), as email.utils.parsedate_tz reads it.
std::optional<QDateTime> httpDate(const QByteArray &text)
{
    QString value = QString::fromLatin1(text.trimmed());
    // HTTP dates are in GMT; Qt's RFC 2822 reader wants the zone as an offset.
    for (const QLatin1String zone : {QLatin1String(" GMT"), QLatin1String(" UTC"), QLatin1String(" UT")}) {
        if (value.endsWith(zone)) {
            value.chop(zone.size());
            value += QLatin1String(" +0000");
            break;
        }
    }
    const QDateTime date = QDateTime::fromString(value, Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

bool RetryPolicy::retriesStatus(int status, const net::HttpHeaders &headers)
{
    const QByteArray shouldRetry = headers.value("x-should-retry");
    if (shouldRetry == "true")
        return true;
    if (shouldRetry == "false")
        return false;
    return status == 408 || status == 409 || status == 429 || status >= 500;
}

std::optional<double> RetryPolicy::retryAfterMs(const net::HttpHeaders &headers, const QDateTime &now)
{
    if (const std::optional<double> ms = number(headers.value("retry-after-ms")))
        return *ms;
    const QByteArray retryAfter = headers.value("retry-after");
    if (const std::optional<double> seconds = number(retryAfter))
        return *seconds * 1000.0;
    if (const std::optional<QDateTime> date = httpDate(retryAfter))
        return double(now.msecsTo(*date));
    return std::nullopt;
}

int RetryPolicy::delayMs(int retriesTaken, const net::HttpHeaders &headers, double random01, const QDateTime &now) const
{
    if (const std::optional<double> asked = retryAfterMs(headers, now);
        asked && *asked > 0 && *asked <= maxRetryAfterMs)
        return int(std::ceil(*asked));
    const double backoff = std::min(initialDelayMs * std::pow(2.0, std::min(retriesTaken, 1000)), double(maxDelayMs));
    const double jitter = 1.0 - 0.25 * std::clamp(random01, 0.0, 1.0);
    return std::max(0, int(std::lround(backoff * jitter)));
}

} // namespace providers
