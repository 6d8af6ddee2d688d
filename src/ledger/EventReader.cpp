#include "ledger/EventReader.h"

#include "ledger/EventColumns.h"
#include "ledger/EventJson.h"
#include "ledger/StoredText.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace ledger {

using enum EventColumns::Column;

QString EventReader::selectSql()
{
    // The event's texts (schema 9) come last, after the columns of EventColumns.
    return QStringLiteral("SELECT %1, (SELECT texts FROM event_texts WHERE event_texts.seq = events.seq) FROM events")
        .arg(EventColumns::list());
}

QString EventReader::jsonOf(const QVariant &stored)
{
    if (stored.typeId() != QMetaType::QByteArray)
        return stored.toString();
    const std::optional<QByteArray> text = StoredText::decode(stored.toByteArray());
    return text ? QString::fromUtf8(*text) : QStringLiteral("{}");
}

void EventReader::readTexts(const QSqlQuery &q, StoredEvent *stored)
{
    payi::CallEvent &e = stored->event;
    const QVariant request = q.value(ProviderRequest);
    if (request.typeId() != QMetaType::QByteArray) { // as stored before schema 9: TEXT
        e.providerRequestJson = request.toString();
        e.providerResponseJson = q.value(ProviderResponse).toString();
        return;
    }
    const QByteArray marker = request.toByteArray();
    const QVariant texts = q.value(EventColumns::Count);
    if (StoredText::isMarker(marker, StoredText::Dropped) || texts.isNull()) {
        stored->textsDropped = true;
        return;
    }
    const std::optional<QByteArray> joined = StoredText::decode(texts.toByteArray());
    const std::optional<StoredText::Exchange> exchange = joined ? StoredText::splitExchange(*joined) : std::nullopt;
    if (!exchange) { // damaged: said as loudly as a dropped text, never as an empty one
        stored->textsDropped = true;
        return;
    }
    e.providerRequestJson = QString::fromUtf8(exchange->request);
    e.providerResponseJson = QString::fromUtf8(exchange->response);
    if (StoredText::isMarker(q.value(RawUsage).toByteArray(), StoredText::InTexts))
        e.rawUsage = EventJson::objectOf(QString::fromUtf8(exchange->rawUsage));
}

StoredEvent EventReader::read(const QSqlQuery &q)
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
    a.limitIds = EventJson::listOf(q.value(LimitIds).toString());
    EventJson::readAttributionText(q.value(AttributionExtra).toString(), &a);
    e.units = EventJson::unitsOf(q.value(Units).toString());
    e.rawUsage = EventJson::objectOf(jsonOf(q.value(RawUsage)));
    e.properties = EventJson::propertiesOf(EventJson::objectOf(q.value(Properties).toString()));
    e.usageEstimated = q.value(UsageEstimated).toBool();
    e.attempts = q.value(Attempts).toInt();
    e.failed = q.value(Failed).toBool();
    e.failureKind = q.value(FailureKind).toString();
    e.failureDescription = q.value(FailureDescription).toString();
    e.cost.input = payi::Money::fromPico(q.value(CostInput).toLongLong());
    e.cost.output = payi::Money::fromPico(q.value(CostOutput).toLongLong());
    e.cost.total = payi::Money::fromPico(q.value(CostTotal).toLongLong());
    e.price.tableVersion = q.value(PriceTableVersion).toString();
    e.price.resource = q.value(PriceResource).toString();
    e.price.unknownResource = q.value(PriceUnknown).toBool();
    e.limits = EventJson::limitStatesOf(q.value(LimitStates).toString());
    e.blockedLimitIds = EventJson::listOf(q.value(BlockedLimitIds).toString());
    readTexts(q, &stored);
    e.source = q.value(Source).toString();
    e.sourceHeaders = EventJson::headersOf(q.value(SourceHeaders).toString());
    AuditFinding &audit = stored.audit;
    audit.verdict = AuditFinding::verdictOf(q.value(Audit).toLongLong());
    audit.expectedUseCaseName = q.value(ExpectedUseCaseName).toString();
    audit.expectedUseCaseId = q.value(ExpectedUseCaseId).toString();
    audit.expectedUserId = q.value(ExpectedUserId).toString();
    audit.mode = q.value(AuditMode).toString();
    return stored;
}

std::optional<QString> EventReader::contentOf(QSqlDatabase &db, const QVariant &stored)
{
    if (stored.typeId() != QMetaType::QByteArray)
        return stored.toString();
    const QByteArray blob = stored.toByteArray();
    if (const std::optional<StoredText::Slice> slice = StoredText::sliceOf(blob)) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT texts FROM event_texts WHERE seq = ?"));
        query.addBindValue(slice->seq);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return StoredText::stringIn(query.value(0).toByteArray(), *slice);
    }
    const std::optional<QByteArray> text = StoredText::decode(blob);
    return text ? std::optional<QString>(QString::fromUtf8(*text)) : std::nullopt;
}

QString EventReader::factsSql()
{
    return QStringLiteral("SELECT seq, timestamp_ms, use_case_name, use_case_id, user_id, "
                          "resource, limit_ids, blocked_limit_ids, units, cost_input, "
                          "cost_output, cost_total, failed, source, audit FROM events WHERE seq > ? ORDER BY seq");
}

EventFacts EventReader::readFacts(sqlite3_stmt *scan)
{
    const auto bytes = [scan](int column) {
        return QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(scan, column)),
                              sqlite3_column_bytes(scan, column));
    };
    const auto text = [&bytes](int column) { return QString::fromUtf8(bytes(column)); };
    const auto list = [&bytes](int column) {
        const QByteArrayView json = bytes(column);
        return json == "[]" ? QStringList() : EventJson::listOf(QString::fromUtf8(json));
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
    facts.units = EventJson::fastUnitsOf(bytes(8));
    facts.cost.input = payi::Money::fromPico(sqlite3_column_int64(scan, 9));
    facts.cost.output = payi::Money::fromPico(sqlite3_column_int64(scan, 10));
    facts.cost.total = payi::Money::fromPico(sqlite3_column_int64(scan, 11));
    facts.failed = sqlite3_column_int64(scan, 12) != 0;
    // Sources are few: the previous row's text is shared rather than decoded again.
    thread_local QString lastSource;
    const QByteArrayView source = bytes(13);
    if (!QAnyStringView::equal(QUtf8StringView(source), lastSource))
        lastSource = QString::fromUtf8(source);
    facts.source = lastSource;
    facts.audit = AuditFinding::verdictOf(sqlite3_column_int64(scan, 14));
    return facts;
}

} // namespace ledger
