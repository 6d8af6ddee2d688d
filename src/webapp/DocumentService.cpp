#include "webapp/DocumentService.h"

#include "base/Handoff.h"
#include "ledger/Ledger.h"
#include "payi/Instrumentation.h"
#include "providers/ChatClient.h"
#include "webapp/ApiJson.h"
#include "webapp/DocumentJson.h"

#include <QJsonArray>
#include <QPointer>
#include <QStringDecoder>

namespace webapp {

namespace {

constexpr int MaxUserIdLength = 256;

QString createUseCase()
{
    return QStringLiteral("create_document");
}

QString appendUseCase()
{
    return QStringLiteral("append_document");
}

// The status for a failed model call (docs/http-api.md): a refusing block limit 429, a provider
// that timed out 504, any other provider failure 502.
int statusFor(const base::Error &error)
{
    if (error.code == QLatin1String("limit_blocked"))
        return 429;
    if (error.code == QLatin1String("timeout"))
        return 504;
    return 502;
}

} // namespace

DocumentService::DocumentService(payi::Instrumentation &instrumentation, ledger::Ledger &ledger,
                                 providers::ChatClient &client, AttributionAudit &audit, QString model, QObject *parent)
    : QObject(parent)
    , m_instrumentation(instrumentation)
    , m_ledger(ledger)
    , m_client(client)
    , m_audit(audit)
    , m_model(std::move(model))
    , m_timeline(std::make_shared<TimelineRecorder>(instrumentation.clock()))
{
    setMode(m_instrumentation.globalInstrumentation() ? InstrumentationMode::Global : InstrumentationMode::Scoped);
}

DocumentService::~DocumentService()
{
    m_inbox->close();
}

QString DocumentService::createSystemPrompt()
{
    return QStringLiteral("You are a poet. Write a short poem based on the user's prompt.");
}

QString DocumentService::appendSystemPrompt()
{
    return QStringLiteral(
        "You are editing an existing document. Append the new text to the document while ensuring "
        "the writing voice and style remain consistent throughout. Return the full updated document.");
}

void DocumentService::setMode(InstrumentationMode mode)
{
    m_mode.store(mode);
    m_instrumentation.setGlobalInstrumentation(mode == InstrumentationMode::Global);
}

void DocumentService::mount(net::HttpServer &server)
{
    server.addRoute("POST", QStringLiteral("/documents"),
                    [this](const net::HttpRequest &request, net::Responder responder) { create(request, responder); });
    server.addRoute("POST", QStringLiteral("/documents/{id}/append"),
                    [this](const net::HttpRequest &request, net::Responder responder) { append(request, responder); });
    server.addRoute("GET", QStringLiteral("/documents"),
                    [this](const net::HttpRequest &, net::Responder responder) { listDocuments(responder); });
    server.addRoute("GET", QStringLiteral("/documents/{id}"),
                    [this](const net::HttpRequest &request, net::Responder responder) {
                        getDocument(request.pathParameter(QStringLiteral("id")), responder);
                    });
}

base::Result<DocumentService::Caller> DocumentService::callerOf(const net::HttpRequest &request) const
{
    Caller caller;
    if (request.headers().contains("X-User-Id")) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString user = QString(utf8(request.header("X-User-Id"))).trimmed();
        if (utf8.hasError() || user.size() > MaxUserIdLength)
            return base::Error{
                QStringLiteral("invalid_header"),
                QStringLiteral("X-User-Id must be UTF-8 text of at most %1 characters").arg(MaxUserIdLength)};
        caller.userId = user;
    }
    if (request.headers().contains("X-Limit-Ids")) {
        QStringList ids;
        for (const QByteArray &part : request.header("X-Limit-Ids").split(',')) {
            const QString id = QString::fromUtf8(part.trimmed());
            if (id.isEmpty())
                continue;
            if (!m_instrumentation.limits().find(id))
                return base::Error{
                    QStringLiteral("unknown_limit"),
                    QStringLiteral("X-Limit-Ids names a limit that does not exist: %1").arg(id.left(64))};
            ids.append(id);
        }
        caller.limitIds = ids;
    }
    for (const auto &[name, value] : request.headers().fields()) {
        if (providers::isProxyHeader(name))
            caller.proxyHeaders.append({name, value});
    }
    base::Result<payi::Params> params = providers::paramsFromProxyHeaders(caller.proxyHeaders);
    if (!params)
        return params.error();
    caller.callParams = std::move(params).value();
    return caller;
}

std::optional<std::pair<DocumentService::Pending, QString>>
DocumentService::admit(Kind kind, const QString &field, const net::HttpRequest &request,
                       const net::Responder &responder) const
{
    const base::Result<api::DocumentRequest> value = api::readDocumentRequest(request.body(), field);
    const base::Result<Caller> caller = value ? callerOf(request) : base::Result<Caller>(value.error());
    if (!caller) {
        responder.send(api::errorResponse(400, caller.error()));
        return std::nullopt;
    }
    Pending pending{kind,
                    payi::newUseCaseId(),
                    request.pathParameter(QStringLiteral("id")),
                    request.path(),
                    *caller,
                    mode(),
                    m_instrumentation.clock().nowUtc(),
                    responder,
                    value->stream ? std::make_shared<EventStream>(responder) : nullptr,
                    m_timeline->newRequest()};
    return std::pair{std::move(pending), value->text};
}

payi::Params DocumentService::paramsFor(const Pending &pending)
{
    payi::Params params;
    const bool naive = pending.mode == InstrumentationMode::Global;
    params.useCaseName = pending.kind == Kind::Create ? createUseCase() : appendUseCase();
    if (pending.kind == Kind::Append)
        params.useCaseId = pending.documentId;
    else if (naive)
        params.useCaseId = payi::newUseCaseId(); // the naive port names the new instance itself
    // The naive port writes every field into the one shared context, clearing what this
    // request lacks; a scope leaves unset what the request does not give.
    params.userId = naive ? std::optional(pending.caller.userId.value_or(QString())) : pending.caller.userId;
    params.limitIds = naive ? std::optional(pending.caller.limitIds.value_or(QStringList())) : pending.caller.limitIds;
    return params;
}

void DocumentService::create(const net::HttpRequest &request, const net::Responder &responder)
{
    const auto admitted = admit(Kind::Create, QStringLiteral("prompt"), request, responder);
    if (!admitted)
        return;
    const Pending &pending = admitted->first;
    const QString &prompt = admitted->second;
    const QList<providers::ChatMessage> messages{{QStringLiteral("system"), createSystemPrompt()},
                                                 {QStringLiteral("user"), prompt}};
    if (pending.mode == InstrumentationMode::Global) {
        m_instrumentation.updateGlobalContext(paramsFor(pending));
        expectAttribution(pending);
        callModel(pending, messages);
        return;
    }
    payi::track(paramsFor(pending), [&] {
        expectAttribution(pending);
        callModel(pending, messages);
    });
}

void DocumentService::append(const net::HttpRequest &request, const net::Responder &responder)
{
    const auto admitted = admit(Kind::Append, QStringLiteral("text"), request, responder);
    if (!admitted)
        return;
    const Pending &pending = admitted->first;
    const QString &text = admitted->second;
    const auto withDocument = [this, pending, text](base::Result<ledger::Document> document) {
        if (!document) {
            m_audit.forget(pending.requestId);
            const bool unknown = document.error().code == QLatin1String("not_found");
            m_timeline->answered(pending.lane, unknown ? 404 : 500);
            return void(
                pending.responder.send(unknown ? net::HttpResponse::error(
                                           404, QStringLiteral("not_found"),
                                           QStringLiteral("no document with id %1").arg(pending.documentId.left(64)))
                                               : api::errorResponse(500, document.error())));
        }
        callModel(pending,
                  {{QStringLiteral("system"), appendSystemPrompt()},
                   {QStringLiteral("user"),
                    QStringLiteral("Existing document:\n%1\n\nText to append:\n%2").arg(document->content, text)}});
    };

    if (pending.mode == InstrumentationMode::Global) {
        // The naive port: write this request's values into the process-wide context, then
        // fetch the document. Other requests run while it loads and write theirs.
        m_instrumentation.updateGlobalContext(paramsFor(pending));
        expectAttribution(pending);
        m_timeline->ledgerRead(pending.lane);
        loadDocument(pending.documentId, withDocument);
        return;
    }
    payi::TrackContext context(paramsFor(pending));
    expectAttribution(pending);
    m_timeline->ledgerRead(pending.lane);
    // The scope travels with the work across the loop turn (bind), not in a thread-local.
    loadDocument(pending.documentId, payi::bind(withDocument));
}

void DocumentService::expectAttribution(const Pending &pending)
{
    AttributionAudit::Expectation expected;
    expected.mode = modeName(pending.mode);
    expected.userId = pending.caller.userId.value_or(QString());
    if (pending.kind == Kind::Append) {
        expected.useCaseName = appendUseCase();
        expected.useCaseId = pending.documentId;
    } else if (pending.mode == InstrumentationMode::Global) {
        expected.useCaseName = createUseCase();
        expected.useCaseId = m_instrumentation.globalContext().useCaseId;
    } else {
        // The instance id track() generated for this request's scope.
        const std::optional<payi::Attribution> resolved = m_instrumentation.resolve(payi::CapturedContext::current());
        expected.useCaseName = createUseCase();
        expected.useCaseId = resolved ? resolved->useCaseId : QString();
    }
    // The call's own xProxy-* headers have the last word, by the same rules as the call.
    payi::Attribution attribution;
    attribution.useCaseName = expected.useCaseName;
    attribution.useCaseId = expected.useCaseId;
    attribution.userId = expected.userId;
    attribution = payi::applyCallHeaders(attribution, pending.caller.callParams);
    expected.useCaseName = attribution.useCaseName;
    expected.useCaseId = attribution.useCaseId;
    expected.userId = attribution.userId;
    m_audit.expect(pending.requestId, expected);
    m_timeline->opened(pending.lane, pending.requestId, pending.kind == Kind::Append,
                       pending.mode == InstrumentationMode::Global,
                       TimelineRecorder::keyOf(expected.useCaseName, expected.useCaseId, expected.userId));
}

void DocumentService::loadDocument(const QString &id, std::function<void(base::Result<ledger::Document>)> then)
{
    QPointer<DocumentService> self(this);
    base::runOnPool([self, ledger = &m_ledger, id, then = std::move(then)]() mutable {
        auto document =
            std::make_shared<base::Result<ledger::Document>>(ledger->document(id, ledger::Ledger::Revisions::Omitted));
        if (!self)
            return;
        base::postTo(self.data(), [then = std::move(then), document]() mutable { then(std::move(*document)); });
    });
}

void DocumentService::callModel(const Pending &pending, const QList<providers::ChatMessage> &messages)
{
    providers::ChatRequest request;
    request.model = m_model;
    request.messages = messages;
    request.requestId = pending.requestId;
    request.extraHeaders = pending.caller.proxyHeaders;
    request.stream = pending.stream != nullptr;
    // The pieces come on the client's thread, before its completion, and go through the same
    // inbox as `delta` events; the first begins the stream.
    providers::ChatClient::DeltaHandler onDelta;
    if (request.stream) {
        onDelta = [inbox = m_inbox, stream = pending.stream](const providers::ChatDelta &delta) {
            if (!delta.content.isEmpty() && stream->arrive(delta.content))
                inbox->post([stream] { stream->send(); });
        };
    }
    // The call reads its attribution in complete(), on this thread, in this turn.
    m_timeline->modelCall(pending.lane, pending.mode == InstrumentationMode::Global);
    // The completion runs once: the request's state moves on with the answer.
    m_client.complete(
        std::move(request),
        [this, inbox = m_inbox, pending](base::Result<providers::ChatResponse> result) mutable {
            inbox->post([this, pending = std::move(pending), result = std::move(result)]() mutable {
                completed(pending, std::move(result));
            });
        },
        std::move(onDelta));
}

void DocumentService::completed(const Pending &pending, base::Result<providers::ChatResponse> result)
{
    // The call's event reached the ledger before this callback (the sink runs first): the
    // answer waits until everything submitted so far is committed.
    const qint64 seq = m_ledger.lastSubmittedSeq();
    m_timeline->modelAnswered(pending.lane, !result);
    if (!result)
        return answer(pending, seq, api::errorResponse(statusFor(result.error()), result.error()));

    const providers::ChatResponse response = std::move(result).value();
    const bool creating = pending.kind == Kind::Create;
    const QString documentId = creating ? payi::newUseCaseId() : pending.documentId;
    auto stored = [this, pending, seq, documentId, event = response.event,
                   creating](base::Result<ledger::Revision> revision) {
        if (!revision)
            return answer(
                pending, seq,
                api::errorResponse(revision.error().code == QLatin1String("not_found") ? 404 : 500, revision.error()));
        answer(pending, seq, api::documentAnswer(creating ? 201 : 200, documentId, revision->content, event));
    };
    // The revision keeps its call (request, id, cost); a new document, the instance its create
    // was charged to, which so names the document.
    if (creating)
        m_ledger.createDocument(documentId, response.content, response.event, this, std::move(stored));
    else
        m_ledger.appendRevision(documentId, response.content, response.event, this, std::move(stored));
}

void DocumentService::answer(const Pending &pending, qint64 durableSeq, const net::HttpResponse &response)
{
    // A streamed answer's status on the wire is its stream's 200.
    const bool streamed = pending.stream && (pending.stream->begun || response.status() < 300);
    m_ledger.recordRequest(ledger::RequestRecord{
        pending.requestId, QStringLiteral("POST"), pending.path, streamed ? 200 : response.status(),
        pending.caller.userId.value_or(QString()), pending.started, m_instrumentation.clock().nowUtc()});
    // A stored revision was committed after the call's event: answered at once, not a loop
    // turn later behind every other posted completion.
    if (m_ledger.durableSeq() >= durableSeq) {
        deliver(pending, response);
        return;
    }
    m_ledger.whenDurable(durableSeq, this, [this, pending, response](base::Result<qint64> durable) {
        deliver(pending, durable ? response : api::errorResponse(500, durable.error()));
    });
}

const net::SseWriter &DocumentService::EventStream::begin()
{
    if (!begun) {
        writer = responder.startEventStream();
        begun = true;
    }
    return writer;
}

bool DocumentService::EventStream::arrive(const QString &text)
{
    std::lock_guard lock(m_mutex);
    m_arrived += text;
    return !std::exchange(m_sendPosted, true);
}

void DocumentService::EventStream::send()
{
    QString text;
    {
        std::lock_guard lock(m_mutex);
        text = std::exchange(m_arrived, QString());
        m_sendPosted = false;
    }
    if (!text.isEmpty())
        begin().sendEvent(api::deltaEventData(text), "delta");
}

void DocumentService::deliver(const Pending &pending, const net::HttpResponse &response)
{
    m_timeline->answered(pending.lane, response.status());
    const bool succeeded = response.status() < 300;
    // A failure before the first piece is answered as the request would be without a stream.
    if (!pending.stream || (!pending.stream->begun && !succeeded))
        return void(pending.responder.send(response));
    const net::SseWriter &stream = pending.stream->begin();
    stream.sendEvent(response.body(), succeeded ? "document" : "error");
    stream.end();
}

void DocumentService::listDocuments(const net::Responder &responder)
{
    base::runOnPool([ledger = &m_ledger, responder] {
        const base::Result<QList<ledger::Document>> documents = ledger->documents();
        if (!documents)
            return void(responder.send(api::errorResponse(500, documents.error())));
        QJsonArray list;
        for (const ledger::Document &d : *documents)
            list.append(api::documentJson(d));
        responder.send(net::HttpResponse::json(200, QJsonObject{{QStringLiteral("documents"), list}}));
    });
}

void DocumentService::getDocument(const QString &id, const net::Responder &responder)
{
    base::runOnPool([ledger = &m_ledger, id, responder] {
        const base::Result<ledger::Document> document = ledger->document(id);
        if (!document) {
            const bool unknown = document.error().code == QLatin1String("not_found");
            return void(responder.send(
                unknown ? net::HttpResponse::error(404, QStringLiteral("not_found"),
                                                   QStringLiteral("no document with id %1").arg(id.left(64)))
                        : api::errorResponse(500, document.error())));
        }
        responder.send(net::HttpResponse::json(200, api::documentJson(*document)));
    });
}

} // namespace webapp
