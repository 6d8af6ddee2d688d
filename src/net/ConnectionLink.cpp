#include "net/ConnectionLink.h"

#include "base/Handoff.h"
#include "net/ResponseSink.h"

#include <QThread>

namespace net {

ConnectionLink::ConnectionLink(ResponseSink *connection) : m_connection(connection) {}

bool ConnectionLink::post(std::function<void(ResponseSink &)> work)
{
    std::unique_lock lock(m_mutex);
    ResponseSink *connection = m_connection;
    if (!connection)
        return false;
    if (connection->thread() == QThread::currentThread()) {
        // Same thread: the connection is deleted only from its own event loop (deleteLater),
        // so it outlives this call. Unlock first: the work may re-enter post().
        lock.unlock();
        work(*connection);
        return true;
    }
    // Posting under the lock keeps the connection alive until the event is queued; Qt drops
    // the event if the connection is destroyed before it runs.
    base::postTo(connection, [connection, work = std::move(work)] { work(*connection); });
    return true;
}

bool ConnectionLink::isConnected() const
{
    std::lock_guard lock(m_mutex);
    return m_connection != nullptr;
}

void ConnectionLink::sever()
{
    std::lock_guard lock(m_mutex);
    m_connection = nullptr;
}

} // namespace net
