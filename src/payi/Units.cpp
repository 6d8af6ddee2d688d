#include "payi/Units.h"

namespace payi {

QJsonObject unitsToJson(const Units &units)
{
    QJsonObject o;
    for (auto it = units.cbegin(); it != units.cend(); ++it)
        o.insert(it.key(), QJsonObject{{QStringLiteral("input"), it->input}, {QStringLiteral("output"), it->output}});
    return o;
}

Units unitsFromJson(const QJsonObject &object)
{
    Units units;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject counts = it.value().toObject();
        units.insert(it.key(), UnitCount{counts.value(QLatin1String("input")).toInteger(),
                                         counts.value(QLatin1String("output")).toInteger()});
    }
    return units;
}

} // namespace payi
