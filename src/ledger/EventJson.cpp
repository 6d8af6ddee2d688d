#include "ledger/EventJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cctype>

namespace ledger {

namespace {

const QString EmptyObject = QStringLiteral("{}");
const QString EmptyArray = QStringLiteral("[]");

} // namespace

using base::JsonWriter;

void EventJson::writeList(JsonWriter &json, const QStringList &list)
{
    json.open('[');
    for (const QString &value : list)
        json.item(value);
    json.close(']');
}

void EventJson::writeProperties(JsonWriter &json, const payi::Properties &properties)
{
    json.open('{');
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        json.key(it.key()).item(it.value());
    json.close('}');
}

void EventJson::writeUnits(JsonWriter &json, const payi::Units &units)
{
    json.open('{');
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        json.key(it.key()).open('{');
        json.key(u"input").item(it.value().input);
        json.key(u"output").item(it.value().output);
        json.close('}');
    }
    json.close('}');
}

void EventJson::writeAttribution(JsonWriter &json, const payi::Attribution &a)
{
    json.open('{');
    if (!a.requestProperties.isEmpty())
        writeProperties(json.key(u"request_properties"), a.requestProperties);
    if (!a.useCaseProperties.isEmpty())
        writeProperties(json.key(u"use_case_properties"), a.useCaseProperties);
    if (!a.logPromptAndResponse)
        json.key(u"log_prompt_and_response").raw("false");
    if (!a.priceAsCategory.isEmpty())
        json.key(u"price_as_category").item(a.priceAsCategory);
    if (!a.priceAsResource.isEmpty())
        json.key(u"price_as_resource").item(a.priceAsResource);
    if (!a.resourceScope.isEmpty())
        json.key(u"resource_scope").item(a.resourceScope);
    QString origins;
    for (payi::Origin origin : a.origins)
        origins += QLatin1Char(static_cast<char>('0' + static_cast<int>(origin)));
    json.key(u"origins").item(origins);
    // Two digits per field, the noting layer and the reason; only when some field has a note.
    QString notes;
    bool noted = false;
    for (const payi::Note &note : a.notes) {
        notes += QLatin1Char(static_cast<char>('0' + static_cast<int>(note.by)));
        notes += QLatin1Char(static_cast<char>('0' + static_cast<int>(note.reason)));
        noted = noted || note.reason != payi::Reason::None;
    }
    if (noted)
        json.key(u"notes").item(notes);
    json.close('}');
}

void EventJson::writeLimitStates(JsonWriter &json, const QMap<QString, payi::LimitState> &states)
{
    json.open('{');
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        json.key(it.key()).item(payi::limitStateName(it.value()));
    json.close('}');
}

void EventJson::writeHeaders(JsonWriter &json, const payi::SourceHeaders &headers)
{
    json.open('[');
    for (const auto &[name, value] : headers) {
        json.open('[');
        json.item(name).item(value);
        json.close(']');
    }
    json.close(']');
}

QJsonObject EventJson::objectOf(const QString &text)
{
    if (text == EmptyObject)
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList EventJson::listOf(const QString &text)
{
    if (text == EmptyArray)
        return {};
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

payi::Properties EventJson::propertiesOf(const QJsonObject &object)
{
    payi::Properties properties;
    for (auto it = object.begin(); it != object.end(); ++it)
        properties.insert(it.key(), it.value().toString());
    return properties;
}

payi::Units EventJson::unitsOf(const QString &text)
{
    payi::Units units;
    const QJsonObject object = objectOf(text);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject count = it.value().toObject();
        units.insert(it.key(), {count.value(QLatin1String("input")).toInteger(),
                                count.value(QLatin1String("output")).toInteger()});
    }
    return units;
}

payi::Units EventJson::fastUnitsOf(QByteArrayView json)
{
    payi::Units units;
    qsizetype at = 0;
    const auto expect = [&](QByteArrayView token) {
        if (!json.sliced(at).startsWith(token))
            return false;
        at += token.size();
        return true;
    };
    const auto number = [&](qint64 *value) {
        const qsizetype start = at;
        while (at < json.size() && (std::isdigit(static_cast<unsigned char>(json[at])) || json[at] == '-'))
            ++at;
        bool ok = false;
        *value = json.sliced(start, at - start).toLongLong(&ok);
        return ok;
    };
    bool ok = expect("{");
    while (ok && !expect("}")) {
        if (!units.isEmpty())
            ok = expect(",");
        const qsizetype nameStart = at + 1;
        ok = ok && expect("\"");
        const qsizetype nameEnd = ok ? json.indexOf('"', at) : -1;
        ok = ok && nameEnd > 0 && !json.sliced(nameStart, nameEnd - nameStart).contains('\\');
        if (!ok)
            break;
        at = nameEnd + 1;
        payi::UnitCount count;
        ok = expect(":{\"input\":") && number(&count.input) && expect(",\"output\":") && number(&count.output)
             && expect("}");
        if (ok)
            units.insert(QString::fromUtf8(json.sliced(nameStart, nameEnd - nameStart)), count);
    }
    return ok && at == json.size() ? units : unitsOf(QString::fromUtf8(json));
}

void EventJson::readAttributionText(const QString &text, payi::Attribution *a)
{
    const QJsonObject object = objectOf(text);
    a->requestProperties = propertiesOf(object.value(QLatin1String("request_properties")).toObject());
    a->useCaseProperties = propertiesOf(object.value(QLatin1String("use_case_properties")).toObject());
    a->logPromptAndResponse = object.value(QLatin1String("log_prompt_and_response")).toBool(true);
    a->priceAsCategory = object.value(QLatin1String("price_as_category")).toString();
    a->priceAsResource = object.value(QLatin1String("price_as_resource")).toString();
    a->resourceScope = object.value(QLatin1String("resource_scope")).toString();
    const QString origins = object.value(QLatin1String("origins")).toString();
    for (int i = 0; i < payi::FieldCount && i < origins.size(); ++i)
        a->origins[i] = static_cast<payi::Origin>(origins.at(i).unicode() - '0');
    const QString notes = object.value(QLatin1String("notes")).toString();
    for (int i = 0; i < payi::FieldCount && 2 * i + 1 < notes.size(); ++i)
        a->notes[i] = payi::Note{static_cast<payi::Origin>(notes.at(2 * i).unicode() - '0'),
                                 static_cast<payi::Reason>(notes.at(2 * i + 1).unicode() - '0')};
}

QMap<QString, payi::LimitState> EventJson::limitStatesOf(const QString &text)
{
    QMap<QString, payi::LimitState> states;
    const QJsonObject object = objectOf(text);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (const std::optional<payi::LimitState> state = payi::limitStateFromName(it.value().toString()))
            states.insert(it.key(), *state);
    }
    return states;
}

payi::SourceHeaders EventJson::headersOf(const QString &text)
{
    if (text == EmptyArray)
        return {};
    payi::SourceHeaders headers;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &pair : array)
        headers.append({pair[0].toString(), pair[1].toString()});
    return headers;
}

} // namespace ledger
