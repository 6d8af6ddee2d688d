#pragma once

#include "net/HttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <deque>

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
// limit Costbench does not have is refused (400 invalid_limit_ids, api::checkLimitIds). Errors are Pay-i's xproxy_error
// bodies, for every error on /api/v1/ (401, 404, 413 included), and the key in xProxy-api-key is accepted as the
// server's token there.
//
// Duplicates: the SDK sends a packet again after a 5xx, a time-out or from its retry queue.
// The last RememberedPackets ids (?id=, else provider_response_id) are kept in memory with
// the digest of their packet and their answer: the same packet again is answered 200 with
// that answer and "duplicate_request": true, and stored nothing; another packet with a
// remembered id is 409 duplicate_id_conflict. The memory does not outlive the process.
//
// Lives on the server's thread, like every route; nothing here blocks.
class IngestRoutes : public QObject
{
    Q_OBJECT

public:
    static constexpr int RememberedPackets = 10'000;

    IngestRoutes(payi::Instrumentation &instrumentation, ledger::Ledger &ledger, QObject *parent = nullptr);

    void mount(net::HttpServer &server);

private:
    struct Remembered
    {
        QByteArray digest;
        QByteArray answer; // the IngestResponse's JSON
        qint64 seq = 0;    // the event's: a duplicate is answered once it is durable too
    };

    void ingest(const net::HttpRequest &request, const net::Responder &responder);
    void remember(const QString &id, Remembered remembered);
    void answerWhenDurable(qint64 seq, const QByteArray &answer, const net::Responder &responder);

    payi::Instrumentation &m_instrumentation;
    ledger::Ledger &m_ledger;
    QHash<QString, Remembered> m_recent;
    std::deque<QString> m_order; // oldest first, to forget beyond RememberedPackets
};

} // namespace webapp
