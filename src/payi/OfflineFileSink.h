#pragma once

#include "payi/Sink.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QString>

#include <mutex>

namespace payi {

// offline_instrumentation: keeps every ingest packet in a JSON file,
// {"packets": [{"body": ..., "headers": {...}, "event": ...}, ...]}. The file is replaced
// atomically (write beside, fsync, rename): a crash leaves the previous complete file or the new one,
// never half of one. Written at most every flushIntervalMs, and on flush()/destruction.
class OfflineFileSink final : public Sink
{
public:
    explicit OfflineFileSink(QString path, int flushIntervalMs = 1000);
    ~OfflineFileSink() override;

    void consume(const CallEvent &event) override;
    // Writes now. Returns false with *error set if the file could not be written.
    bool flush(QString *error = nullptr);
    QString path() const { return m_path; }

private:
    bool writeLocked(QString *error);

    QString m_path;
    int m_flushIntervalMs;
    std::mutex m_mutex;
    QJsonArray m_packets;
    bool m_dirty = false;
    QElapsedTimer m_sinceFlush;
};

} // namespace payi
