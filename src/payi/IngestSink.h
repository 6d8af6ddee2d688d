#pragma once

#include "payi/Sink.h"

#include <QUrl>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

class QThread;

namespace payi {

class IngestWorker;

// Sends every event to the Pay-i service: POST {base}/api/v1/ingest with the event's
// ingest body and xProxy-* attribution headers, and the API key in xProxy-api-key.
// consume() only queues (never blocks, never fails a provider call); a thread of the sink's
// own does the sending, a few requests at a time, retrying 5xx, 408, 429 and network
// errors with exponential back-off. When the queue is full the oldest event is dropped and
// a warning says how many have been. The API key is never logged or put in a message.
class IngestSink final : public Sink
{
public:
    struct Options
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://api.pay-i.com"));
        QString apiKey;
        int capacity = 10'000;      // events waiting to be sent
        int maxInFlight = 8;        // requests at once
        int maxAttempts = 5;        // per event, the first included
        int initialBackoffMs = 500; // doubled after every failed attempt
        int maxBackoffMs = 30'000;
        int timeoutMs = 30'000; // per request
    };

    // PAYI_API_KEY (and PAYI_BASE_URL when set); nullopt when there is no key.
    static std::optional<Options> optionsFromEnvironment();

    explicit IngestSink(Options options);
    ~IngestSink() override; // stops sending; what is still queued is not sent

    void consume(const CallEvent &event) override;

    // Waits until every event consumed so far was sent or given up, or timeoutMs passed.
    // True when nothing is left. Do not call it from the sink's own thread.
    bool flush(int timeoutMs);

    struct Stats
    {
        qint64 queued = 0;   // waiting now
        qint64 inFlight = 0; // being sent, or waiting for a retry
        qint64 sent = 0;     // accepted by the service
        qint64 retries = 0;
        qint64 failed = 0;  // refused (4xx) or out of attempts
        qint64 dropped = 0; // pushed out of a full queue
    };
    Stats stats() const;

private:
    friend class IngestWorker;
    // For the worker: the next event to send, if any and if a request slot is free.
    std::optional<CallEvent> takeNext();
    void finished(bool sent);
    void retried();

    const Options m_options;
    mutable std::mutex m_mutex; // guards the fields below
    std::condition_variable m_idle;
    std::deque<CallEvent> m_queue;
    Stats m_stats;
    bool m_wakePending = false;

    QThread *m_thread;
    IngestWorker *m_worker;
};

} // namespace payi
