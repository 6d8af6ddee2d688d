#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace ledger {

// Copies the write-ahead log back into the database file on a thread of its own. By
// default SQLite does this inside the commit that fills the log past 1,000 pages, with
// two fsyncs, so every such commit (and the writer's queue behind it) waits for the disk.
// Here the commit only wakes this thread. Should the copy fall far behind (a long reader
// pins the log), the writer does it itself, so the log stays bounded.
class WalCheckpointer
{
public:
    static constexpr int WakeAtPages = 1000;
    static constexpr int WriterCopiesAtPages = 16 * WakeAtPages;

    explicit WalCheckpointer(QString path);
    // Stops the thread. Call before the writer's connection closes, so that its close is
    // the last one and leaves the log copied and removed.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Takes over checkpointing from the writer's connection (the writer's thread).
    void attach(sqlite3 *writer);

private:
    static int onCommit(void *self, sqlite3 *writer, const char *database, int pages);
    void run();

    const QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace ledger
