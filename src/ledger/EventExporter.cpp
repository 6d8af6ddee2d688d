#include "ledger/EventExporter.h"

#include "ledger/Connection.h"
#include "ledger/EventReader.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ledger {

namespace {

// Columns are only ever added at the end, so that a reader of the first ones keeps working.
const char *const CsvColumns[] = {"seq", "timestamp", "event_id", "request_id", "category", "resource", "use_case_name",
                                  "use_case_id", "user_id", "account_name", "limit_ids", "units", "http_status_code",
                                  "latency_ms", "failed", "failure_kind", "cost_input", "cost_output", "cost_total",
                                  "source", "attempts", "usage_estimated",
                                  // issue 22: the limits that refused the call, and the audit's finding
                                  "blocked_limit_ids", "audited", "misattributed", "expected_use_case_name",
                                  "expected_use_case_id", "expected_user_id"};

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

QString unitsJson(const payi::Units &units)
{
    QJsonObject object;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        object.insert(it.key(), QJsonObject{{QStringLiteral("input"), it.value().input},
                                            {QStringLiteral("output"), it.value().output}});
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

EventExporter::EventExporter(QString databasePath) : m_databasePath(std::move(databasePath)) {}

QByteArray EventExporter::csvHeader()
{
    QByteArrayList names;
    for (const char *name : CsvColumns)
        names << QByteArray(name);
    return names.join(',') + "\r\n";
}

QByteArray EventExporter::csvLine(const StoredEvent &stored)
{
    const payi::CallEvent &e = stored.event;
    const payi::Attribution &a = e.attribution;
    const AuditFinding &audit = stored.audit;
    const auto boolean = [](bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); };
    const QString fields[] = {QString::number(stored.seq),
                              e.eventTimestamp.toString(Qt::ISODateWithMs),
                              e.eventId,
                              e.requestId,
                              e.category,
                              e.resource,
                              a.useCaseName,
                              a.useCaseId,
                              a.userId,
                              a.accountName,
                              a.limitIds.join(QLatin1Char(',')),
                              unitsJson(e.units),
                              QString::number(e.httpStatusCode),
                              QString::number(e.endToEndLatencyMs),
                              boolean(e.failed),
                              e.failureKind,
                              e.cost.input.toString(),
                              e.cost.output.toString(),
                              e.cost.total.toString(),
                              e.source,
                              QString::number(e.attempts),
                              boolean(e.usageEstimated),
                              e.blockedLimitIds.join(QLatin1Char(',')),
                              boolean(audit.checked()),
                              boolean(audit.misattributed()),
                              audit.expectedUseCaseName,
                              audit.expectedUseCaseId,
                              audit.expectedUserId};
    static_assert(std::size(fields) == std::size(CsvColumns));
    QByteArrayList cells;
    for (const QString &field : fields)
        cells << csvField(field);
    return cells.join(',') + "\r\n";
}

QByteArray EventExporter::jsonLine(const StoredEvent &stored)
{
    QJsonObject object = stored.event.toJson();
    object.insert(QStringLiteral("seq"), stored.seq);
    stored.audit.addTo(&object);
    if (stored.textsDropped) // no provider_request_json nor provider_response_json: retention dropped them
        object.insert(QStringLiteral("texts_dropped_by_retention"), true);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

base::Result<qint64> EventExporter::write(QIODevice *out, Format format, qint64 afterSeq, const QString &source) const
{
    auto connection = Connection::open(m_databasePath, Connection::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    const QString doing = QStringLiteral("could not export the events");
    const auto writeFailed = [&] {
        return base::Error{QStringLiteral("export_failed"), QStringLiteral("%1: %2").arg(doing, out->errorString())};
    };
    qint64 count = 0;
    {
        QSqlQuery query((*connection)->db());
        query.setForwardOnly(true);
        if (source.isEmpty()) {
            query.prepare(EventReader::selectSql() + QStringLiteral(" WHERE seq > ? ORDER BY seq"));
            query.bindValue(0, afterSeq);
        } else {
            query.prepare(EventReader::selectSql() + QStringLiteral(" WHERE source = ? AND seq > ? ORDER BY seq"));
            query.bindValue(0, source);
            query.bindValue(1, afterSeq);
        }
        if (!query.exec())
            return Connection::error(doing, query.lastError());
        if (format == Format::Csv && out->write(csvHeader()) < 0)
            return writeFailed();
        while (query.next()) {
            const StoredEvent stored = EventReader::read(query);
            const QByteArray line = format == Format::Csv ? csvLine(stored) : jsonLine(stored);
            if (out->write(line) != line.size())
                return writeFailed();
            ++count;
        }
        if (query.lastError().isValid())
            return Connection::error(doing, query.lastError());
    }
    return count;
}

} // namespace ledger
