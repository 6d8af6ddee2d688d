#pragma once

#include "payi/Attribution.h"
#include "payi/Limit.h"
#include "payi/PriceTable.h"
#include "payi/Units.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>

#include <optional>

namespace payi {

// The request headers an outside app's SDK sent with a call it reported (name, value), in
// the order sent. Never a credential: webapp::RequestSource keeps an allow-list.
using SourceHeaders = QList<QPair<QString, QString>>;

// The source of Costbench's own calls, those of its document app (docs/http-api.md,
// "Sources"). A call an outside app reported carries that app's source instead.
inline QString documentAppSource()
{
    return QStringLiteral("document app");
}

// Everything one tracked call produces (docs/tracking-model.md, "What one tracked call produces"),
// with its resolved attribution and the price it was costed with.
struct CallEvent
{
    QString eventId;   // unique per event (UUID)
    QString requestId; // the request that issued the call (the caller's tag), else eventId
    QString category;  // "system.openai"
    QString resource;  // "gpt-5.4"
    QString providerUri;
    QDateTime eventTimestamp; // UTC, when the call started
    qint64 endToEndLatencyMs = 0;
    std::optional<qint64> timeToFirstTokenMs; // streams only
    int httpStatusCode = 0;
    QString providerResponseId;
    bool streaming = false;

    Units units;
    QJsonObject rawUsage; // the provider's usage object as received
    // The units are Costbench's estimate: the provider reported no usage (a reply without
    // "usage", a stream cut before its usage chunk).
    bool usageEstimated = false;
    // HTTP requests the call took: 1, more when the client retried (one event all the same,
    // billed once); 0 when a block limit refused it before any was sent.
    int attempts = 1;

    Attribution attribution;
    Properties properties; // request properties plus system.* ones

    bool failed = false;
    QString failureKind; // "connection_refused", "network_error", "timeout", "http_error", "malformed_response",
                         // "stream_cut", "limit_blocked", "abandoned"
    QString failureDescription;

    Cost cost;
    PriceProvenance price;

    QMap<QString, LimitState> limits; // limit id -> state on this call
    QStringList blockedLimitIds;

    QString providerRequestJson;  // only when log_prompt_and_response
    QString providerResponseJson; // only when log_prompt_and_response

    // Where the call came from: documentAppSource(), or the outside app that reported it
    // ("openai/2.34.0 · key 3f9a1c", webapp::RequestSource), with the headers its SDK sent.
    QString source = documentAppSource();
    SourceHeaders sourceHeaders;

    // The whole event as JSON (money as decimal strings, times as UTC ISO-8601).
    QJsonObject toJson() const;
    static std::optional<CallEvent> fromJson(const QJsonObject &object);

    // The body of Pay-i's POST /api/v1/ingest, and its xProxy-* attribution headers.
    QJsonObject ingestBody() const;
    QList<QPair<QByteArray, QByteArray>> ingestHeaders() const;
};

// Source headers as JSON: [{"name", "value"}, ...].
QJsonArray sourceHeadersToJson(const SourceHeaders &headers);
SourceHeaders sourceHeadersFromJson(const QJsonArray &list);

// The status recorded for a failure where the provider gave none.
inline constexpr int NoProviderStatus = 299;

} // namespace payi

Q_DECLARE_METATYPE(payi::CallEvent)
