#include "server/ConnectionLink.h"

#include "server/HttpConnection.h"

#include <QThread>

namespace server {

ConnectionLink::ConnectionLink(HttpConnection *connection) : m_connection(connection) {}

bool ConnectionLink::post(std::function<void(HttpConnection &)> work)
{
    QMutexLocker locker(&m_mutex);
    HttpConnection *connection = m_connection;
    if (!connection)
        return false;
    if (connection->thread() == QThread::currentThread()) {
        // Same thread: the connection is deleted only from its own event loop (deleteLater),
        // so it outlives this call. Unlock first: the work may re-enter post().
        locker.unlock();
        work(*connection);
        return true;
    }
    // Posting under the lock keeps the connection alive until the event is queued; Qt drops
    // the event if the connection is destroyed before it runs.
    QMetaObject::invokeMethod(
        connection, [connection, work = std::move(work)] { work(*connection); },
        Qt::QueuedConnection);
    return true;
}

bool ConnectionLink::isConnected() const
{
    QMutexLocker locker(&m_mutex);
    return m_connection != nullptr;
}

void ConnectionLink::sever()
{
    QMutexLocker locker(&m_mutex);
    m_connection = nullptr;
}

} // namespace server
