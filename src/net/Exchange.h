#pragma once

#include "net/HttpHeaders.h"
#include "net/HttpResponse.h"

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace net {

class ConnectionLink;

// The answer owed to one request, shared by the Responder copies and SseWriter copies handed
// out for it. It enforces "answer once" from any thread and, when the last handle goes, makes
// sure the client is not left waiting: an unanswered request gets 500, an open stream is ended.
class Exchange
{
public:
    Exchange(std::shared_ptr<ConnectionLink> link, quint64 exchangeId);
    ~Exchange();
    Exchange(const Exchange &) = delete;
    Exchange &operator=(const Exchange &) = delete;

    // Each returns false when the exchange is not in the state the call needs or the
    // connection has gone.
    bool answer(const HttpResponse &response);
    bool beginStream(const HttpHeaders &headers);
    bool writeStream(const QByteArray &payload);
    bool endStream();

    bool isAnswered() const;
    bool isStreaming() const;
    bool isConnected() const;

private:
    enum class State { Pending, Answered, Streaming, Ended };
    bool transition(State from, State to);

    std::shared_ptr<ConnectionLink> m_link;
    quint64 m_exchangeId;
    std::atomic<State> m_state{State::Pending};
};

} // namespace net
