#include "ledger/WalCheckpointer.h"

#include <QtGlobal>

#include <sqlite3.h>

namespace ledger {

namespace {

constexpr int BusyTimeoutMs = 5000;

} // namespace

WalCheckpointer::WalCheckpointer(QString path) : m_path(std::move(path)), m_thread([this] { run(); }) {}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalCheckpointer::attach(sqlite3 *writer)
{
    sqlite3_wal_hook(writer, &WalCheckpointer::onCommit, this); // replaces the automatic one
}

int WalCheckpointer::onCommit(void *self, sqlite3 *writer, const char *database, int pages)
{
    if (pages >= WriterCopiesAtPages) {
        sqlite3_wal_checkpoint_v2(writer, database, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (pages >= WakeAtPages) {
        auto *checkpointer = static_cast<WalCheckpointer *>(self);
        {
            std::lock_guard lock(checkpointer->m_mutex);
            checkpointer->m_due = true;
        }
        checkpointer->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        // The writer copies the log itself once it reaches WriterCopiesAtPages.
        qWarning("could not open %s to checkpoint its log: %s", qPrintable(m_path), sqlite3_errmsg(db));
        sqlite3_close(db);
        db = nullptr;
    } else {
        sqlite3_busy_timeout(db, BusyTimeoutMs);
        // A connection opens the log on its first read. Until then a checkpoint through it
        // copies nothing and reports no error, and the writer ends up copying the whole log
        // itself, inside a commit, at WriterCopiesAtPages.
        sqlite3_exec(db, "SELECT 1 FROM sqlite_schema LIMIT 1", nullptr, nullptr, nullptr);
    }
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_due || m_stopping; });
        if (m_stopping)
            break;
        m_due = false;
        lock.unlock();
        if (db)
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace ledger
