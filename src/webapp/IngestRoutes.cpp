#include "webapp/IngestRoutes.h"

#include "ledger/Ledger.h"
#include "payi/Instrumentation.h"
#include "webapp/IngestJson.h"

#include "webapp/RequestSource.h"
#include <QJsonDocument>

namespace webapp {

IngestRoutes::IngestRoutes(payi::Instrumentation &instrumentation, ledger::Ledger &ledger, QObject *parent)
    : QObject(parent)
    , m_instrumentation(instrumentation)
    , m_ledger(ledger)
{
}

void IngestRoutes::mount(net::HttpServer &server)
{
    server.setPathConventions(
        QByteArrayLiteral("/api/v1/"),
        net::HttpServer::PathConventions{[](int status, const QString &code, const QString &message) {
                                             return api::xproxyError(status, code, message);
                                         },
                                         QByteArrayLiteral("xProxy-api-key")});
    server.addRoute("POST", QStringLiteral("/api/v1/ingest"),
                    [this](const net::HttpRequest &q, net::Responder r) { ingest(q, r); });
}

void IngestRoutes::ingest(const net::HttpRequest &request, const net::Responder &responder)
{
    base::Result<api::IngestPacket> packet = api::readIngestPacket(request);
    if (!packet)
        return void(responder.send(api::xproxyError(400, packet.error())));
    if (const std::optional<base::Error> unknown =
            api::checkLimitIds(packet->event.attribution.limitIds, m_instrumentation.limits()))
        return void(responder.send(api::xproxyError(400, *unknown)));

    const QString &id = packet->responseId;
    if (const auto seen = m_recent.constFind(id); !id.isEmpty() && seen != m_recent.cend()) {
        if (seen->digest != packet->digest)
            return void(responder.send(api::xproxyError(
                409, QStringLiteral("duplicate_id_conflict"),
                QStringLiteral("%1 was ingested before with another packet; nothing was stored").arg(id.left(64)))));
        QJsonObject answer = QJsonDocument::fromJson(seen->answer).object();
        QJsonObject result = answer.value(QStringLiteral("xproxy_result")).toObject();
        result.insert(QStringLiteral("duplicate_request"), true);
        answer.insert(QStringLiteral("xproxy_result"), result);
        return answerWhenDurable(seen->seq, QJsonDocument(answer).toJson(QJsonDocument::Compact), responder);
    }

    payi::CallEvent event = std::move(packet.value().event);
    event.eventId = payi::newUseCaseId();
    event.requestId = event.eventId;
    RequestSource::of(request).applyTo(event);
    const payi::CallEvent recorded = m_instrumentation.record(std::move(event));
    // The ledger's sink has queued the event: waiting for the last seq submitted covers it.
    const qint64 seq = m_ledger.lastSubmittedSeq();
    const QByteArray answer = api::ingestResponse(recorded, m_instrumentation.clock().nowUtc());
    if (!id.isEmpty())
        remember(id, Remembered{packet->digest, answer, seq});
    answerWhenDurable(seq, answer, responder);
}

void IngestRoutes::remember(const QString &id, Remembered remembered)
{
    m_recent.insert(id, std::move(remembered));
    m_order.push_back(id);
    while (m_order.size() > std::size_t(RememberedPackets)) {
        m_recent.remove(m_order.front());
        m_order.pop_front();
    }
}

void IngestRoutes::answerWhenDurable(qint64 seq, const QByteArray &answer, const net::Responder &responder)
{
    const auto ok = [](const QByteArray &json) {
        return net::HttpResponse::text(200, json, QByteArrayLiteral("application/json"));
    };
    if (m_ledger.durableSeq() >= seq)
        return void(responder.send(ok(answer)));
    m_ledger.whenDurable(seq, this, [answer, responder, ok](base::Result<qint64> durable) {
        responder.send(durable ? ok(answer) : api::xproxyError(500, durable.error()));
    });
}

} // namespace webapp
