#pragma once

#include "net/HttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <deque>
#include <memory>

namespace payi {
class Instrumentation;
}
namespace ledger {
class Ledger;
}

namespace webapp {

// Pay-i's ingest call (docs/http-api.md, "Pay-i ingest"): POST /api/v1/ingest[?id=...], so that
// an app instrumented with the Pay-i SDK and PAYI_BASE_URL pointed here reports its calls to
// Costbench. Each packet (api::readIngestPacket) becomes a payi::CallEvent that
// payi::Instrumentation::record() prices, settles against its limits and hands to the sinks,
// like the document app's calls; the answer, the SDK's IngestResponse, is sent once the event
// is durable. The event's source is the app that sent it (RequestSource: the SDK's module and
// a fingerprint of its key), with the SDK's headers. A packet whose xProxy-Limit-IDs names a
// limit Costbench does not have is refused (400 invalid_limit_ids, api::checkLimitIds).
// Errors are Pay-i's xproxy_error bodies, for every error on /api/v1/ (401, 404, 413
// included), and the key in xProxy-api-key is accepted as the server's token there.
//
// Duplicates: the SDK sends a packet again after a 5xx, a time-out or from its retry queue.
// The last RememberedPackets ids (?id=, else provider_response_id) are kept in memory with
// the digest of their packet and their answer: the same packet again is answered 200 with
// that answer and "duplicate_request": true, and stored nothing; another packet with a
// remembered id is 409 duplicate_id_conflict. The memory does not outlive the process.
//
// Lives on the server's thread, like every route; nothing here blocks. The reading of a
// packet (api::readIngestPacket: the JSON, the checks, the digest; RequestSource::of), half
// the route's work, is done on the thread pool by one task at a time, which reads the packets
// in the order they arrived for as long as there are some (no thread woken per packet); the
// rest comes back to the server's thread in that same order: the limit ids' check, the
// duplicate check, record() and the answer. So events are recorded in arrival order, and a
// duplicate is checked against every packet that arrived before it, as if all ran here.
class IngestRoutes : public QObject
{
    Q_OBJECT

public:
    static constexpr int RememberedPackets = 10'000;

    IngestRoutes(payi::Instrumentation &instrumentation, ledger::Ledger &ledger, QObject *parent = nullptr);
    ~IngestRoutes() override;

    void mount(net::HttpServer &server);

private:
    struct Remembered
    {
        QByteArray digest;
        QByteArray answer; // the IngestResponse's JSON
        qint64 seq = 0;    // the event's: a duplicate is answered once it is durable too
    };
    // A packet read on the pool, back for the server's thread.
    struct Read;
    // The packets on their way through the pool (shared with its task): arrived, and read.
    struct Pipeline;

    void ingest(const net::HttpRequest &request, const net::Responder &responder);
    void takeReads();
    void recordRead(Read &read);
    void remember(const QString &id, Remembered remembered);
    void answerWhenDurable(qint64 seq, const QByteArray &answer, const net::Responder &responder);

    payi::Instrumentation &m_instrumentation;
    ledger::Ledger &m_ledger;
    QHash<QString, Remembered> m_recent;
    std::deque<QString> m_order; // oldest first, to forget beyond RememberedPackets
    std::shared_ptr<Pipeline> m_pipeline;
};

} // namespace webapp
