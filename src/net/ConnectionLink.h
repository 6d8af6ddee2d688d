#pragma once

#include <functional>
#include <mutex>

namespace net {

class ResponseSink;

// The one way Responder and SseWriter (through their Exchange) reach their connection, which
// they know only as a ResponseSink. It outlives the connection: the connection severs it when
// it closes, after which every post() is refused, so a handle kept past the client's departure
// is harmless. post() may be called from any thread; the work always runs on the connection's
// thread.
class ConnectionLink
{
public:
    explicit ConnectionLink(ResponseSink *connection);

    // Runs `work` at once when called on the connection's thread, else queues it there.
    // False when the connection has gone.
    bool post(std::function<void(ResponseSink &)> work);
    bool isConnected() const;
    void sever();

private:
    // std::mutex, not QMutex: ThreadSanitizer sees its locking (Debian's Qt is not built with it).
    mutable std::mutex m_mutex;
    ResponseSink *m_connection;
};

} // namespace net
