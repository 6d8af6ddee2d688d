#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace payi {

// What one call consumed of one unit type ("text", "text_cache_read", "reasoning", ...).
struct UnitCount
{
    qint64 input = 0;
    qint64 output = 0;
    friend bool operator==(const UnitCount &, const UnitCount &) = default;
};

// Unit type -> counts, ordered by name so that JSON and tests are stable.
using Units = QMap<QString, UnitCount>;

namespace unit {
inline QString text()
{
    return QStringLiteral("text");
}
inline QString textCacheRead()
{
    return QStringLiteral("text_cache_read");
}
inline QString textCacheWrite()
{
    return QStringLiteral("text_cache_write");
}
inline QString textCacheWrite1h()
{
    return QStringLiteral("text_cache_write_1h");
}
inline QString reasoning()
{
    return QStringLiteral("reasoning");
}
inline QString vision()
{
    return QStringLiteral("vision");
}
} // namespace unit

QJsonObject unitsToJson(const Units &units);
Units unitsFromJson(const QJsonObject &object);

} // namespace payi
