#include "ledger/EventRow.h"

#include "base/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>

#include <cctype>
#include <functional>

#include <sqlite3.h>

namespace ledger {

namespace {

// Column positions in insertSql() and selectSql().
enum Column : int {
    Seq,
    EventId,
    RequestId,
    TimestampMs,
    Category,
    Resource,
    ProviderUri,
    LatencyMs,
    TtftMs,
    HttpStatus,
    ProviderResponseId,
    Streaming,
    UseCaseName,
    UseCaseId,
    UseCaseVersion,
    UseCaseStep,
    UserId,
    AccountName,
    LimitIds,
    AttributionExtra,
    Units,
    RawUsage,
    Properties,
    Failed,
    FailureKind,
    FailureDescription,
    CostInput,
    CostOutput,
    CostTotal,
    PriceTableVersion,
    PriceResource,
    PriceUnknown,
    LimitStates,
    BlockedLimitIds,
    ProviderRequest,
    ProviderResponse,
    Columns
};

const char *const ColumnNames[Columns] = {"seq",
                                          "event_id",
                                          "request_id",
                                          "timestamp_ms",
                                          "category",
                                          "resource",
                                          "provider_uri",
                                          "latency_ms",
                                          "ttft_ms",
                                          "http_status",
                                          "provider_response_id",
                                          "streaming",
                                          "use_case_name",
                                          "use_case_id",
                                          "use_case_version",
                                          "use_case_step",
                                          "user_id",
                                          "account_name",
                                          "limit_ids",
                                          "attribution",
                                          "units",
                                          "raw_usage",
                                          "properties",
                                          "failed",
                                          "failure_kind",
                                          "failure_description",
                                          "cost_input",
                                          "cost_output",
                                          "cost_total",
                                          "price_table_version",
                                          "price_resource",
                                          "price_unknown",
                                          "limit_states",
                                          "blocked_limit_ids",
                                          "provider_request",
                                          "provider_response"};

QString columnList()
{
    QStringList names;
    for (const char *name : ColumnNames)
        names << QLatin1String(name);
    return names.join(QLatin1Char(','));
}

const QString EmptyObject = QStringLiteral("{}");
const QString EmptyArray = QStringLiteral("[]");

using base::JsonWriter;

void writeList(JsonWriter &json, const QStringList &list)
{
    json.open('[');
    for (const QString &value : list)
        json.item(value);
    json.close(']');
}

void writeProperties(JsonWriter &json, const payi::Properties &properties)
{
    json.open('{');
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        json.key(it.key()).item(it.value());
    json.close('}');
}

void writeUnits(JsonWriter &json, const payi::Units &units)
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

// The attribution fields that have no column of their own.
void writeAttribution(JsonWriter &json, const payi::Attribution &a)
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
    json.close('}');
}

void writeLimitStates(JsonWriter &json, const QMap<QString, payi::LimitState> &states)
{
    json.open('{');
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        json.key(it.key()).item(payi::limitStateName(it.value()));
    json.close('}');
}

QJsonObject objectOf(const QString &text)
{
    if (text == EmptyObject)
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList listOf(const QString &text)
{
    if (text == EmptyArray)
        return {};
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

payi::Properties propertiesOf(const QJsonObject &object)
{
    payi::Properties properties;
    for (auto it = object.begin(); it != object.end(); ++it)
        properties.insert(it.key(), it.value().toString());
    return properties;
}

payi::Units unitsOf(const QString &text)
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

// Units in exactly the form writeUnits() writes, without a JSON parser: the start-up scan
// reads every event's units. Anything else goes to the general parser.
payi::Units fastUnitsOf(QByteArrayView json)
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

void readAttributionText(const QString &text, payi::Attribution *a)
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
}

QMap<QString, payi::LimitState> limitStatesOf(const QString &text)
{
    QMap<QString, payi::LimitState> states;
    const QJsonObject object = objectOf(text);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (const std::optional<payi::LimitState> state = payi::limitStateFromName(it.value().toString()))
            states.insert(it.key(), *state);
    }
    return states;
}

} // namespace

EventRow::EventRow(qint64 seq, const payi::CallEvent &event)
{
    static_assert(Columns == ColumnCount);
    m_texts.reserve(512);
    const payi::Attribution &a = event.attribution;
    m_facts = EventFacts{seq,           0,
                         a.useCaseName, a.useCaseId,
                         a.userId,      event.resource,
                         a.limitIds,    event.blockedLimitIds,
                         event.units,   event.cost,
                         event.failed};
    m_facts.timestampMs = event.eventTimestamp.isValid() ? event.eventTimestamp.toMSecsSinceEpoch() : 0;

    const auto integer = [this](int column, qint64 value) { m_values[column] = Value{Value::Kind::Integer, value, 0}; };
    const auto nullable = [&](int column, const auto &value) {
        if (value)
            integer(column, *value);
    };
    // Each text is appended to the row's buffer where it is encoded, with no copy between.
    const auto written = [this](int column, const auto &write) {
        const qsizetype at = m_texts.size();
        write();
        m_values[column] = Value{Value::Kind::Text, at, int(m_texts.size() - at)};
    };
    QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    const auto text = [&](int column, QStringView value) {
        written(column, [&] {
            const qsizetype at = m_texts.size();
            m_texts.resize(at + utf8.requiredSpace(value.size()));
            char *end = utf8.appendToBuffer(m_texts.data() + at, value);
            m_texts.truncate(end - m_texts.constData());
        });
    };
    const auto json = [&](int column, const auto &write, const auto &value) {
        written(column, [&] {
            JsonWriter writer(std::move(m_texts));
            std::invoke(write, writer, value);
            m_texts = writer.take();
        });
    };

    integer(Seq, seq);
    text(EventId, event.eventId);
    text(RequestId, event.requestId);
    integer(TimestampMs, m_facts.timestampMs);
    text(Category, event.category);
    text(Resource, event.resource);
    text(ProviderUri, event.providerUri);
    integer(LatencyMs, event.endToEndLatencyMs);
    nullable(TtftMs, event.timeToFirstTokenMs);
    integer(HttpStatus, event.httpStatusCode);
    text(ProviderResponseId, event.providerResponseId);
    integer(Streaming, event.streaming);
    text(UseCaseName, a.useCaseName);
    text(UseCaseId, a.useCaseId);
    nullable(UseCaseVersion, a.useCaseVersion);
    text(UseCaseStep, a.useCaseStep);
    text(UserId, a.userId);
    text(AccountName, a.accountName);
    json(LimitIds, writeList, a.limitIds);
    json(AttributionExtra, writeAttribution, a);
    json(Units, writeUnits, event.units);
    json(RawUsage, &JsonWriter::value, event.rawUsage);
    json(Properties, writeProperties, event.properties);
    integer(Failed, event.failed);
    text(FailureKind, event.failureKind);
    text(FailureDescription, event.failureDescription);
    integer(CostInput, event.cost.input.pico());
    integer(CostOutput, event.cost.output.pico());
    integer(CostTotal, event.cost.total.pico());
    text(PriceTableVersion, event.price.tableVersion);
    text(PriceResource, event.price.resource);
    integer(PriceUnknown, event.price.unknownResource);
    json(LimitStates, writeLimitStates, event.limits);
    json(BlockedLimitIds, writeList, event.blockedLimitIds);
    text(ProviderRequest, event.providerRequestJson);
    text(ProviderResponse, event.providerResponseJson);
}

void EventRow::setSeq(qint64 seq)
{
    m_facts.seq = seq;
    m_values[Seq].integer = seq;
}

QString EventRow::insertSql()
{
    QStringList placeholders;
    for (int i = 0; i < Columns; ++i)
        placeholders << QStringLiteral("?");
    return QStringLiteral("INSERT INTO events (%1) VALUES (%2)").arg(columnList(), placeholders.join(QLatin1Char(',')));
}

const char *EventRow::textOf(const Value &value) const
{
    // A null pointer would bind SQL NULL; the text columns hold "" for "absent".
    static const char empty[] = "";
    return m_texts.isEmpty() ? empty : m_texts.constData() + value.integer;
}

void EventRow::bind(sqlite3_stmt *insert) const
{
    // Parameters are 1-based. The texts live in this row until the insert is stepped.
    for (int column = 0; column < ColumnCount; ++column) {
        const Value &value = m_values[column];
        switch (value.kind) {
        case Value::Kind::Null:
            sqlite3_bind_null(insert, column + 1);
            break;
        case Value::Kind::Integer:
            sqlite3_bind_int64(insert, column + 1, value.integer);
            break;
        case Value::Kind::Text:
            sqlite3_bind_text(insert, column + 1, textOf(value), value.size, SQLITE_STATIC);
            break;
        }
    }
}

QString EventRow::insertInstanceSql()
{
    return QStringLiteral("INSERT OR IGNORE INTO instances (use_case_name, use_case_id, "
                          "first_seq) VALUES (?, ?, ?)");
}

void EventRow::bindInstance(sqlite3_stmt *insert) const
{
    int parameter = 1;
    for (const int column : {UseCaseName, UseCaseId}) {
        const Value &value = m_values[column];
        sqlite3_bind_text(insert, parameter++, textOf(value), value.size, SQLITE_STATIC);
    }
    sqlite3_bind_int64(insert, parameter, m_facts.seq);
}

QString EventRow::selectSql()
{
    return QStringLiteral("SELECT %1 FROM events").arg(columnList());
}

StoredEvent EventRow::read(const QSqlQuery &q)
{
    StoredEvent stored;
    stored.seq = q.value(Seq).toLongLong();
    payi::CallEvent &e = stored.event;
    e.eventId = q.value(EventId).toString();
    e.requestId = q.value(RequestId).toString();
    e.eventTimestamp = QDateTime::fromMSecsSinceEpoch(q.value(TimestampMs).toLongLong(), Qt::UTC);
    e.category = q.value(Category).toString();
    e.resource = q.value(Resource).toString();
    e.providerUri = q.value(ProviderUri).toString();
    e.endToEndLatencyMs = q.value(LatencyMs).toLongLong();
    if (!q.isNull(TtftMs))
        e.timeToFirstTokenMs = q.value(TtftMs).toLongLong();
    e.httpStatusCode = q.value(HttpStatus).toInt();
    e.providerResponseId = q.value(ProviderResponseId).toString();
    e.streaming = q.value(Streaming).toBool();
    payi::Attribution &a = e.attribution;
    a.useCaseName = q.value(UseCaseName).toString();
    a.useCaseId = q.value(UseCaseId).toString();
    if (!q.isNull(UseCaseVersion))
        a.useCaseVersion = q.value(UseCaseVersion).toInt();
    a.useCaseStep = q.value(UseCaseStep).toString();
    a.userId = q.value(UserId).toString();
    a.accountName = q.value(AccountName).toString();
    a.limitIds = listOf(q.value(LimitIds).toString());
    readAttributionText(q.value(AttributionExtra).toString(), &a);
    e.units = unitsOf(q.value(Units).toString());
    e.rawUsage = objectOf(q.value(RawUsage).toString());
    e.properties = propertiesOf(objectOf(q.value(Properties).toString()));
    e.failed = q.value(Failed).toBool();
    e.failureKind = q.value(FailureKind).toString();
    e.failureDescription = q.value(FailureDescription).toString();
    e.cost.input = payi::Money::fromPico(q.value(CostInput).toLongLong());
    e.cost.output = payi::Money::fromPico(q.value(CostOutput).toLongLong());
    e.cost.total = payi::Money::fromPico(q.value(CostTotal).toLongLong());
    e.price.tableVersion = q.value(PriceTableVersion).toString();
    e.price.resource = q.value(PriceResource).toString();
    e.price.unknownResource = q.value(PriceUnknown).toBool();
    e.limits = limitStatesOf(q.value(LimitStates).toString());
    e.blockedLimitIds = listOf(q.value(BlockedLimitIds).toString());
    e.providerRequestJson = q.value(ProviderRequest).toString();
    e.providerResponseJson = q.value(ProviderResponse).toString();
    return stored;
}

QString EventRow::factsSql()
{
    return QStringLiteral("SELECT seq, timestamp_ms, use_case_name, use_case_id, user_id, "
                          "resource, limit_ids, blocked_limit_ids, units, cost_input, "
                          "cost_output, cost_total, failed FROM events WHERE seq > ? ORDER BY seq");
}

EventFacts EventRow::readFacts(sqlite3_stmt *scan)
{
    const auto bytes = [scan](int column) {
        return QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(scan, column)),
                              sqlite3_column_bytes(scan, column));
    };
    const auto text = [&bytes](int column) { return QString::fromUtf8(bytes(column)); };
    const auto list = [&bytes](int column) {
        const QByteArrayView json = bytes(column);
        return json == "[]" ? QStringList() : listOf(QString::fromUtf8(json));
    };
    EventFacts facts;
    facts.seq = sqlite3_column_int64(scan, 0);
    facts.timestampMs = sqlite3_column_int64(scan, 1);
    facts.useCaseName = text(2);
    facts.useCaseId = text(3);
    facts.userId = text(4);
    facts.resource = text(5);
    facts.limitIds = list(6);
    facts.blockedLimitIds = list(7);
    facts.units = fastUnitsOf(bytes(8));
    facts.cost.input = payi::Money::fromPico(sqlite3_column_int64(scan, 9));
    facts.cost.output = payi::Money::fromPico(sqlite3_column_int64(scan, 10));
    facts.cost.total = payi::Money::fromPico(sqlite3_column_int64(scan, 11));
    facts.failed = sqlite3_column_int64(scan, 12) != 0;
    return facts;
}

} // namespace ledger
