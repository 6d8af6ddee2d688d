#include "webapp/IngestRoutes.h"

#include "ledger/Ledger.h"
#include "payi/Instrumentation.h"
#include "webapp/IngestJson.h"

#include "base/Handoff.h"
#include "webapp/RequestSource.h"

#include <QJsonDocument>

#include <mutex>
#include <vector>

namespace webapp {

struct IngestRoutes::Read
{
    base::Result<api::IngestPacket> packet;
    RequestSource source;
    net::Responder responder;
};

struct IngestRoutes::Pipeline
{
    struct Arrived
    {
        net::HttpRequest request;
        net::Responder responder;
    };

    explicit Pipeline(IngestRoutes *owner) : inbox(owner), routes(owner) {}

    // On the server's thread: queues a packet to read, and starts the reading task unless it runs.
    static void arrive(const std::shared_ptr<Pipeline> &self, Arrived packet)
    {
        {
            std::lock_guard lock(self->mutex);
            self->arrived.push_back(std::move(packet));
            if (std::exchange(self->reading, true))
                return;
        }
        base::runOnPool([self] { self->readAll(); });
    }

    // On the pool: reads the packets in their order until none is left. Only one runs at a
    // time, so the reads go back in the order the packets arrived.
    void readAll()
    {
        for (;;) {
            std::deque<Arrived> batch;
            {
                std::lock_guard lock(mutex);
                if (arrived.empty()) {
                    reading = false;
                    return;
                }
                batch.swap(arrived);
            }
            for (Arrived &packet : batch) {
                auto read =
                    std::unique_ptr<Read>(new Read{api::readIngestPacket(packet.request),
                                                   RequestSource::of(packet.request), std::move(packet.responder)});
                bool first = false;
                {
                    std::lock_guard lock(mutex);
                    first = reads.empty();
                    reads.push_back(std::move(read));
                }
                // The server's thread is woken once for the packets read while it had not come.
                if (first)
                    inbox.post([routes = routes] { routes->takeReads(); });
            }
        }
    }

    std::vector<std::unique_ptr<Read>> takeReads()
    {
        std::lock_guard lock(mutex);
        return std::exchange(reads, {});
    }

    base::Inbox inbox; // closed when the routes go: a packet read later is dropped (answered 500)
    IngestRoutes *const routes;
    std::mutex mutex;
    std::deque<Arrived> arrived;
    bool reading = false;
    std::vector<std::unique_ptr<Read>> reads;
};

IngestRoutes::IngestRoutes(payi::Instrumentation &instrumentation, ledger::Ledger &ledger, QObject *parent)
    : QObject(parent)
    , m_instrumentation(instrumentation)
    , m_ledger(ledger)
    , m_pipeline(std::make_shared<Pipeline>(this))
{
}

IngestRoutes::~IngestRoutes()
{
    m_pipeline->inbox.close();
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
    Pipeline::arrive(m_pipeline, Pipeline::Arrived{request, responder});
}

void IngestRoutes::takeReads()
{
    for (const std::unique_ptr<Read> &read : m_pipeline->takeReads())
        recordRead(*read);
}

void IngestRoutes::recordRead(Read &read)
{
    const net::Responder &responder = read.responder;
    base::Result<api::IngestPacket> &packet = read.packet;
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
    read.source.applyTo(event);
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
