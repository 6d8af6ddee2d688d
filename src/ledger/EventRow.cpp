#include "ledger/EventRow.h"

#include "base/JsonText.h"
#include "ledger/EventColumns.h"
#include "ledger/EventJson.h"
#include "ledger/StoredText.h"

#include <QStringEncoder>

#include <functional>

#include <sqlite3.h>

namespace ledger {

using base::JsonWriter;
using enum EventColumns::Column;

// Sets the columns of a row from its event, in the columns' order. Each text is appended to
// the row's buffer where it is encoded, with no copy between.
class EventRow::Encoder
{
public:
    explicit Encoder(EventRow &row) : m_row(row) {}

    // The call: its ids, time, model, provider and HTTP answer.
    void call(const payi::CallEvent &event)
    {
        integer(Seq, m_row.m_facts.seq);
        text(EventId, event.eventId);
        text(RequestId, event.requestId);
        integer(TimestampMs, m_row.m_facts.timestampMs);
        text(Category, event.category);
        text(Resource, event.resource);
        text(ProviderUri, event.providerUri);
        integer(LatencyMs, event.endToEndLatencyMs);
        nullable(TtftMs, event.timeToFirstTokenMs);
        integer(HttpStatus, event.httpStatusCode);
        text(ProviderResponseId, event.providerResponseId);
        integer(Streaming, event.streaming);
        integer(Attempts, event.attempts);
    }

    // Whom and what the call is counted for.
    void attribution(const payi::Attribution &a)
    {
        text(UseCaseName, a.useCaseName);
        text(UseCaseId, a.useCaseId);
        nullable(UseCaseVersion, a.useCaseVersion);
        text(UseCaseStep, a.useCaseStep);
        text(UserId, a.userId);
        text(AccountName, a.accountName);
        json(LimitIds, &EventJson::writeList, a.limitIds);
        json(AttributionExtra, &EventJson::writeAttribution, a);
    }

    // What the call used, as counted and as the provider reported it, and its properties.
    void usage(const payi::CallEvent &event)
    {
        json(Units, &EventJson::writeUnits, event.units);
        if (hasTexts(event)) { // the provider's own report, part of its response: kept with it
            JsonWriter writer;
            writer.value(event.rawUsage);
            m_rawUsage = writer.take();
            marker(RawUsage);
        } else {
            compressedJson(RawUsage, event.rawUsage); // long and repetitive
        }
        json(Properties, &EventJson::writeProperties, event.properties);
        integer(UsageEstimated, event.usageEstimated);
    }

    // How the call ended, what it cost at which price, and what the limits made of it.
    void outcome(const payi::CallEvent &event)
    {
        integer(Failed, event.failed);
        text(FailureKind, event.failureKind);
        text(FailureDescription, event.failureDescription);
        integer(CostInput, event.cost.input.pico());
        integer(CostOutput, event.cost.output.pico());
        integer(CostTotal, event.cost.total.pico());
        text(PriceTableVersion, event.price.tableVersion);
        text(PriceResource, event.price.resource);
        integer(PriceUnknown, event.price.unknownResource);
        json(LimitStates, &EventJson::writeLimitStates, event.limits);
        json(BlockedLimitIds, &EventJson::writeList, event.blockedLimitIds);
    }

    // What went to the provider and what came back, as logged: stored once, compressed,
    // in event_texts (StoredText); the columns say so. Without texts, both stay "".
    void exchange(const payi::CallEvent &event)
    {
        if (!hasTexts(event)) {
            text(ProviderRequest, {});
            text(ProviderResponse, {});
            return;
        }
        m_row.m_exchange = StoredText::encode(StoredText::joinExchange(
            event.providerRequestJson.toUtf8(), event.providerResponseJson.toUtf8(), m_rawUsage));
        marker(ProviderRequest);
        marker(ProviderResponse);
    }

    // What the attribution audit found: for a misattributed call, what its request expected.
    void audit(const AuditFinding &finding)
    {
        integer(Audit, qint64(finding.verdict));
        if (!finding.misattributed())
            return; // the expectation's columns stay NULL
        text(ExpectedUseCaseName, finding.expectedUseCaseName);
        text(ExpectedUseCaseId, finding.expectedUseCaseId);
        text(ExpectedUserId, finding.expectedUserId);
        text(AuditMode, finding.mode);
    }

    // Where the call came from, and the headers its SDK sent.
    void source(const payi::CallEvent &event)
    {
        text(Source, m_row.m_facts.source);
        json(SourceHeaders, &EventJson::writeHeaders, event.sourceHeaders);
    }

private:
    void integer(int column, qint64 value) { m_row.m_values[column] = Value{Value::Kind::Integer, value, 0}; }

    void nullable(int column, const auto &value)
    {
        if (value)
            integer(column, *value);
    }

    void written(int column, const auto &write)
    {
        const qsizetype at = m_row.m_texts.size();
        write();
        m_row.m_values[column] = Value{Value::Kind::Text, at, int(m_row.m_texts.size() - at)};
    }

    void text(int column, QStringView value)
    {
        written(column, [&] {
            QByteArray &texts = m_row.m_texts;
            const qsizetype at = texts.size();
            texts.resize(at + m_utf8.requiredSpace(value.size()));
            char *end = m_utf8.appendToBuffer(texts.data() + at, value);
            texts.truncate(end - texts.constData());
        });
    }

    void json(int column, const auto &write, const auto &value)
    {
        written(column, [&] {
            JsonWriter writer(std::move(m_row.m_texts));
            std::invoke(write, writer, value);
            m_row.m_texts = writer.take();
        });
    }

    static bool hasTexts(const payi::CallEvent &event)
    {
        return !event.providerRequestJson.isEmpty() || !event.providerResponseJson.isEmpty();
    }

    // StoredText::InTexts: the column's value is in the row's event_texts.
    void marker(int column)
    {
        written(column, [&] { m_row.m_texts += StoredText::marker(StoredText::InTexts); });
        m_row.m_values[column].kind = Value::Kind::Blob;
    }

    // A JSON value as a StoredText blob (schema 9; read back by EventReader::jsonOf).
    void compressedJson(int column, const QJsonValue &value)
    {
        JsonWriter writer;
        writer.value(value);
        const QByteArray blob = StoredText::encode(writer.take());
        written(column, [&] { m_row.m_texts += blob; });
        m_row.m_values[column].kind = Value::Kind::Blob;
    }

    EventRow &m_row;
    QByteArray m_rawUsage; // for event_texts, when the event has texts
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

EventRow::EventRow(qint64 seq, const payi::CallEvent &event, const AuditFinding &audit)
    : m_facts{seq,
              event.eventTimestamp.isValid() ? event.eventTimestamp.toMSecsSinceEpoch() : 0,
              event.attribution.useCaseName,
              event.attribution.useCaseId,
              event.attribution.userId,
              event.resource,
              event.attribution.limitIds,
              event.blockedLimitIds,
              event.units,
              event.cost,
              event.failed,
              event.source.isEmpty() ? payi::documentAppSource() : event.source,
              audit.verdict}
{
    m_texts.reserve(512);
    Encoder encoder(*this);
    encoder.call(event);
    encoder.attribution(event.attribution);
    encoder.usage(event);
    encoder.outcome(event);
    encoder.exchange(event);
    encoder.source(event);
    encoder.audit(audit);
}

void EventRow::setSeq(qint64 seq)
{
    m_facts.seq = seq;
    m_values[Seq].integer = seq;
}

QString EventRow::insertSql()
{
    QStringList placeholders;
    for (int i = 0; i < EventColumns::Count; ++i)
        placeholders << QStringLiteral("?");
    return QStringLiteral("INSERT INTO events (%1) VALUES (%2)")
        .arg(EventColumns::list(), placeholders.join(QLatin1Char(',')));
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
    for (int column = 0; column < EventColumns::Count; ++column) {
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
        case Value::Kind::Blob:
            sqlite3_bind_blob(insert, column + 1, textOf(value), value.size, SQLITE_STATIC);
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

QByteArrayView EventRow::eventIdUtf8() const
{
    return QByteArrayView(textOf(m_values[EventId]), m_values[EventId].size);
}

QString EventRow::insertTextsSql()
{
    return QStringLiteral("INSERT INTO event_texts (seq, texts) VALUES (?, ?)");
}

void EventRow::bindTexts(sqlite3_stmt *insert) const
{
    sqlite3_bind_int64(insert, 1, m_facts.seq);
    sqlite3_bind_blob(insert, 2, m_exchange.constData(), int(m_exchange.size()), SQLITE_STATIC);
}

} // namespace ledger
