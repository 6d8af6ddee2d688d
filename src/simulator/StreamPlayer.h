#pragma once

#include "net/SseWriter.h"
#include "simulator/ResponsePlan.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <queue>
#include <vector>

namespace simulator {

// Plays out every stream of the simulated model from one timer: each stream's events are
// written when their time comes (those due together in one write), and a heap keeps the
// streams in the order of their next event. One timer for all, where a timer a chunk was
// what the model thread spent most on at a thousand streams.
class StreamPlayer
{
public:
    // The timer is a child of owner (so that moveToThread() takes it along); play() and the
    // writes happen on owner's thread.
    explicit StreamPlayer(QObject *owner);

    // Starts playing events (their times count from now) to writer, and ends its stream after
    // the last; a client that has gone is dropped at its next event.
    void play(QList<ResponsePlan::StreamEvent> events, net::SseWriter writer);
    // Streams not finished yet.
    int playing() const { return int(m_due.size()); }

private:
    struct Playback
    {
        net::SseWriter writer;
        QList<ResponsePlan::StreamEvent> events;
        qsizetype next = 0;
        qint64 startedMs = 0;
        qint64 nextDueMs() const { return startedMs + events[next].atMs; }
    };
    struct Due
    {
        qint64 atMs;
        std::shared_ptr<Playback> playback;
        bool operator>(const Due &other) const { return atMs > other.atMs; }
    };

    void advance(const std::shared_ptr<Playback> &playback, qint64 now);
    void playDue();
    void arm();

    QTimer m_timer;
    QElapsedTimer m_clock;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_due;
};

} // namespace simulator
