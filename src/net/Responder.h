#pragma once

#include "net/HttpHeaders.h"
#include "net/HttpResponse.h"
#include "net/SseWriter.h"

#include <memory>

namespace net {

class Exchange;

// The handle a route handler answers through. It may be kept and used after the handler has
// returned (e.g. from a provider call's completion), from any thread; the answer is written on
// the server's thread. Copies share one answer:
// - the first send() or startEventStream() wins; later calls do nothing and return false;
// - when the last copy is destroyed without an answer, the client gets 500 `internal_error`;
// - after the client has gone, every call is a harmless no-op (isConnected() tells).
// It is a handle, like a shared pointer: const calls still answer.
class Responder
{
public:
    // A detached responder: every call is a no-op.
    Responder() = default;

    bool send(const HttpResponse &response) const;

    // Answers with a Server-Sent Events stream: status 200, Content-Type text/event-stream,
    // plus `extraHeaders`. The stream is chunked on HTTP/1.1 (the connection stays usable after
    // end()) and close-delimited on HTTP/1.0. Returns a detached writer if already answered.
    SseWriter startEventStream(const HttpHeaders &extraHeaders = {}) const;

    bool isAnswered() const;
    bool isConnected() const;

private:
    friend class HttpConnection;
    explicit Responder(std::shared_ptr<Exchange> exchange);

    std::shared_ptr<Exchange> m_exchange;
};

} // namespace net
