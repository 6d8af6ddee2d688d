#pragma once

#include <QByteArrayView>
#include <QList>

#include <memory>

namespace net {

class Exchange;

// Writes one Server-Sent Events stream, event by event, each sent to the client at once.
// Obtained from Responder::startEventStream(). Like Responder it may be used from any thread
// and copies share the stream; when the last copy goes, the stream is ended. Calls after end()
// or after the client has gone do nothing and return false.
class SseWriter
{
public:
    // A detached writer: every call is a no-op.
    SseWriter() = default;

    // One event: "event: <event>" and "id: <id>" lines when given, then one "data:" line per
    // line of `data`. Line breaks in `event` and `id` are dropped.
    bool sendEvent(QByteArrayView data, QByteArrayView event = {}, QByteArrayView id = {}) const;
    // Several events due at once, as sendEvent() would send each, in one write.
    bool sendEvents(const QList<QByteArray> &data) const;
    // A comment line (": text"), which clients ignore; useful to keep idle streams open.
    bool sendComment(QByteArrayView text) const;
    // Ends the stream; on HTTP/1.1 the connection then serves its next request.
    void end() const;

    // True until end() or until the client disconnects.
    bool isOpen() const;

private:
    friend class Responder;
    explicit SseWriter(std::shared_ptr<Exchange> exchange);

    std::shared_ptr<Exchange> m_exchange;
};

} // namespace net
