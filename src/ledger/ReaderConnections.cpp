#include "ledger/ReaderConnections.h"

#include <sqlite3.h>

#include <atomic>
#include <mutex>
#include <unordered_set>
#include <utility>

namespace ledger {

namespace {

// The open ledgers' reader sets, for threads that end. Never destroyed: the global thread
// pool's threads end during static destruction, after any order of ours.
struct Registry
{
    std::mutex mutex;
    std::unordered_set<ReaderConnections *> open;
};

Registry &registry()
{
    static auto *instance = new Registry;
    return *instance;
}

std::atomic<quint64> g_nextThread{1};

// One per thread that reads. When the thread ends, its connections to ledgers still open
// close there, on the thread that made them; a ledger that closed first took them already.
struct ThreadToken
{
    const quint64 id = g_nextThread.fetch_add(1);

    ~ThreadToken()
    {
        std::vector<std::unique_ptr<Connection>> ending;
        {
            std::lock_guard lock(registry().mutex);
            for (ReaderConnections *readers : registry().open)
                readers->takeThread(id, ending);
        }
    }
};

thread_local ThreadToken t_thread;

} // namespace

ReaderConnections::ReaderConnections(QString path) : m_path(std::move(path))
{
    std::lock_guard lock(registry().mutex);
    registry().open.insert(this);
}

ReaderConnections::~ReaderConnections()
{
    std::unordered_map<quint64, std::unique_ptr<Connection>> closing;
    {
        std::lock_guard lock(registry().mutex);
        registry().open.erase(this);
        closing.swap(m_byThread);
    }
}

base::Result<Connection *> ReaderConnections::acquire() const
{
    const quint64 me = t_thread.id;
    {
        std::lock_guard lock(registry().mutex);
        const auto found = m_byThread.find(me);
        if (found != m_byThread.end())
            return found->second.get();
    }
    base::Result<std::unique_ptr<Connection>> opened = Connection::open(m_path, Connection::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    std::lock_guard lock(registry().mutex);
    return m_byThread.emplace(me, std::move(opened).value()).first->second.get();
}

void ReaderConnections::takeThread(quint64 thread, std::vector<std::unique_ptr<Connection>> &into)
{
    const auto found = m_byThread.find(thread);
    if (found == m_byThread.end())
        return;
    into.push_back(std::move(found->second));
    m_byThread.erase(found);
}

void ReaderConnections::release(Connection &connection)
{
    sqlite3 *handle = Connection::handle(connection.db());
    if (handle && sqlite3_get_autocommit(handle) == 0)
        connection.db().rollback();
}

} // namespace ledger
