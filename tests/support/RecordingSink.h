#pragma once

#include "payi/Sink.h"

#include <QList>

#include <mutex>

// Keeps every event the library emits, for tests to inspect (thread-safe).
class RecordingSink final : public payi::Sink
{
public:
    void consume(const payi::CallEvent &event) override
    {
        std::lock_guard lock(m_mutex);
        m_events.append(event);
    }
    QList<payi::CallEvent> events() const
    {
        std::lock_guard lock(m_mutex);
        return m_events;
    }
    qsizetype count() const
    {
        std::lock_guard lock(m_mutex);
        return m_events.size();
    }

private:
    mutable std::mutex m_mutex;
    QList<payi::CallEvent> m_events;
};
