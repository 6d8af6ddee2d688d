#pragma once

#include "base/JsonText.h"
#include "payi/Attribution.h"
#include "payi/CallEvent.h"
#include "payi/Limit.h"
#include "payi/Units.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ledger {

// The compact JSON texts of an event's nested parts (lists, properties, units, the
// attribution's extra fields, limit states), as EventRow writes them into its columns and
// EventReader reads them back. "{}" and "[]" stand for empty.
class EventJson
{
public:
    static void writeList(base::JsonWriter &json, const QStringList &list);
    static void writeProperties(base::JsonWriter &json, const payi::Properties &properties);
    static void writeUnits(base::JsonWriter &json, const payi::Units &units);
    // The attribution fields that have no column of their own.
    static void writeAttribution(base::JsonWriter &json, const payi::Attribution &a);
    static void writeLimitStates(base::JsonWriter &json, const QMap<QString, payi::LimitState> &states);
    // [[name, value], ...]
    static void writeHeaders(base::JsonWriter &json, const payi::SourceHeaders &headers);

    static QJsonObject objectOf(const QString &text);
    static QStringList listOf(const QString &text);
    static payi::Properties propertiesOf(const QJsonObject &object);
    static payi::Units unitsOf(const QString &text);
    // Units in exactly the form writeUnits() writes, without a JSON parser: the start-up scan
    // reads every event's units. Anything else goes to the general parser.
    static payi::Units fastUnitsOf(QByteArrayView json);
    // Sets the fields of *a that writeAttribution() wrote.
    static void readAttributionText(const QString &text, payi::Attribution *a);
    static QMap<QString, payi::LimitState> limitStatesOf(const QString &text);
    static payi::SourceHeaders headersOf(const QString &text);
};

} // namespace ledger
