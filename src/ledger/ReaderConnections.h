#pragma once

#include "base/Result.h"
#include "ledger/Connection.h"

#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

namespace ledger {

// The read-only connections of one open ledger, one per thread that reads, kept between
// reads. Opening a connection parses the whole schema: with a connection per read, an
// append's lookup of its document cost more in sqlite3Parser than in the read itself
// (bench_gui_lag). Qt SQL ties a connection to its thread, so each thread reads on its own.
// A thread's connections close when it ends; the rest when the ledger closes, which must
// wait for its reads to finish (as it always had to).
class ReaderConnections
{
public:
    explicit ReaderConnections(QString path);
    ~ReaderConnections();
    ReaderConnections(const ReaderConnections &) = delete;
    ReaderConnections &operator=(const ReaderConnections &) = delete;

    // The calling thread's connection, opened on its first read.
    base::Result<Connection *> acquire() const;
    // Ends what a read left open (a transaction after an early return), so that the next
    // read on the connection sees every commit since.
    static void release(Connection &connection);

    // Hands over the connection of an ending thread (see ReaderConnections.cpp).
    void takeThread(quint64 thread, std::vector<std::unique_ptr<Connection>> &into);

private:
    const QString m_path;
    mutable std::unordered_map<quint64, std::unique_ptr<Connection>> m_byThread; // under the registry's lock
};

} // namespace ledger
