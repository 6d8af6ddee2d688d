#pragma once

#include "base/Handoff.h"
#include "base/Result.h"
#include "ledger/Document.h"
#include "net/HttpServer.h"
#include "providers/ChatRequest.h"
#include "webapp/AttributionAudit.h"
#include "webapp/InstrumentationMode.h"
#include "webapp/TimelineRecorder.h"

#include <QDateTime>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace payi {
class Instrumentation;
}
namespace ledger {
class Ledger;
}
namespace providers {
class ChatClient;
struct ChatResponse;
} // namespace providers

namespace webapp {

// The seed's document app (tests/bench/server/seed_app.py runs it in Flask) on our HTTP server:
// POST /documents under `track` semantics (use case create_document, a new instance per
// request) and POST /documents/{id}/append under `track_context` with the document id as
// use_case_id; GET /documents and GET /documents/{id}. X-User-Id and X-Limit-Ids feed the
// request's scope. Every answer of the two model endpoints is sent only once the call's
// event (and the document revision) is durable in the ledger. With "stream": true in the body
// the model call streams and the answer is server-sent events: each piece of text as it comes
// (`delta`), then the answer the request would have had as one body (`document`, or `error`
// when the call failed after the stream began); a failure before the first piece keeps its
// status and JSON body.
//
// Global mode is the naive port the seed warns against: no scope; the handler writes the
// request's user and document into the one process-wide context and calls the model when
// its work gets there. Requests in flight at once overwrite each other, for real; the
// AttributionAudit counts it.
//
// Lives on the server's thread; the ledger reads run on the global thread pool, so the
// loop never waits on SQL.
class DocumentService : public QObject
{
    Q_OBJECT

public:
    DocumentService(payi::Instrumentation &instrumentation, ledger::Ledger &ledger, providers::ChatClient &client,
                    AttributionAudit &audit, QString model, QObject *parent = nullptr);
    ~DocumentService() override;

    void mount(net::HttpServer &server);

    // Thread-safe. Global also turns the library's global instrumentation on (scoped: off).
    InstrumentationMode mode() const { return m_mode.load(); }
    void setMode(InstrumentationMode mode);

    // What each document request does when, for the window's timeline. Thread-safe to read.
    std::shared_ptr<const TimelineRecorder> timeline() const { return m_timeline; }
    // Server thread: PUT /instrumentation wrote the global context.
    void globalContextWrittenElsewhere() { m_timeline->outsideWrite(); }

    static QString createSystemPrompt();
    static QString appendSystemPrompt();

private:
    enum class Kind { Create, Append };
    struct Caller
    {
        std::optional<QString> userId;
        std::optional<QStringList> limitIds;
        // The request's xProxy-* headers, passed on to the provider call as the SDK's
        // extra_headers, and what they say.
        providers::HeaderList proxyHeaders;
        payi::Params callParams;
    };
    // A streamed answer: the stream, begun by its first event, written on the server thread.
    // The text arrives on the client's thread; what arrives while the server thread is busy
    // goes out as one `delta` event, so that a loaded server writes fewer, larger events.
    struct EventStream
    {
        explicit EventStream(net::Responder answer) : responder(std::move(answer)) {}

        const net::Responder responder;
        net::SseWriter writer;
        bool begun = false;
        const net::SseWriter &begin();
        // Client's thread: keeps the text; true when a send() must be posted for it.
        bool arrive(const QString &text);
        // Server thread: the text that arrived, as a `delta` event.
        void send();

    private:
        std::mutex m_mutex;
        QString m_arrived;
        bool m_sendPosted = false;
    };
    // One document request between its arrival and its answer.
    struct Pending
    {
        Kind kind;
        QString requestId;
        QString documentId; // append only
        QString path;
        Caller caller;
        InstrumentationMode mode; // read once, when the request arrives
        QDateTime started;
        net::Responder responder;
        std::shared_ptr<EventStream> stream; // null: answered with one body
        quint32 lane;                        // the request's serial number in the timeline
    };

    base::Result<Caller> callerOf(const net::HttpRequest &request) const;
    // The request with its body's one string field, or nullopt after answering 400.
    std::optional<std::pair<Pending, QString>> admit(Kind kind, const QString &field, const net::HttpRequest &request,
                                                     const net::Responder &responder) const;
    // The scope's parameters (scoped mode), or the values the naive port writes into the
    // global context (global mode).
    static payi::Params paramsFor(const Pending &pending);
    void create(const net::HttpRequest &request, const net::Responder &responder);
    void append(const net::HttpRequest &request, const net::Responder &responder);
    void expectAttribution(const Pending &pending);
    void loadDocument(const QString &id, std::function<void(base::Result<ledger::Document>)> then);
    void callModel(const Pending &pending, const QList<providers::ChatMessage> &messages);
    void completed(const Pending &pending, base::Result<providers::ChatResponse> result);
    void answer(const Pending &pending, qint64 durableSeq, const net::HttpResponse &response);
    // The answer: one body, or a stream's last event, after which the stream ends.
    void deliver(const Pending &pending, const net::HttpResponse &response);
    void listDocuments(const net::Responder &responder);
    void getDocument(const QString &id, const net::Responder &responder);

    payi::Instrumentation &m_instrumentation;
    ledger::Ledger &m_ledger;
    providers::ChatClient &m_client;
    AttributionAudit &m_audit;
    const QString m_model;
    std::atomic<InstrumentationMode> m_mode{InstrumentationMode::Scoped};
    // The client answers on its own thread; its answers come back through here.
    const std::shared_ptr<base::Inbox> m_inbox = std::make_shared<base::Inbox>(this);
    const std::shared_ptr<TimelineRecorder> m_timeline;
};

} // namespace webapp
