#include "simulator/StreamPlayer.h"

namespace simulator {

StreamPlayer::StreamPlayer(QObject *owner) : m_timer(owner)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, owner, [this] { playDue(); });
    m_clock.start();
}

void StreamPlayer::play(QList<ResponsePlan::StreamEvent> events, net::SseWriter writer)
{
    auto playback = std::make_shared<Playback>();
    playback->writer = std::move(writer);
    playback->events = std::move(events);
    playback->startedMs = m_clock.elapsed();
    advance(playback, playback->startedMs);
    arm();
}

// Writes the events due by now in one write (all of them, when tokens take no time), then
// queues the stream for its next event, or ends it.
void StreamPlayer::advance(const std::shared_ptr<Playback> &playback, qint64 now)
{
    Playback &p = *playback;
    QList<QByteArray> due;
    while (p.next < p.events.size() && p.nextDueMs() <= now)
        due.append(p.events[p.next++].data);
    if (!due.isEmpty() && !p.writer.sendEvents(due))
        return; // the client has gone
    if (p.next == p.events.size()) {
        p.writer.end();
        return;
    }
    m_due.push(Due{p.nextDueMs(), playback});
}

void StreamPlayer::playDue()
{
    const qint64 now = m_clock.elapsed();
    while (!m_due.empty() && m_due.top().atMs <= now) {
        const std::shared_ptr<Playback> playback = m_due.top().playback;
        m_due.pop();
        advance(playback, now);
    }
    arm();
}

// The timer waits for the earliest next event of all streams.
void StreamPlayer::arm()
{
    if (m_due.empty()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qMax<qint64>(0, m_due.top().atMs - m_clock.elapsed())));
}

} // namespace simulator
