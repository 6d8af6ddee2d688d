#include "backend/RunTimeline.h"

#include "base/Handoff.h"

#include <QDebug>

namespace backend {

RunTimeline::RunTimeline(QString path) : m_path(std::move(path))
{
    base::Result<TimelineTrace> kept = TimelineTrace::load(m_path);
    if (!kept) {
        m_problem = kept.error().message;
        return;
    }
    if (kept->entries.empty())
        return;
    m_run = 1;
    m_restored = true;
    m_started = kept->started;
    m_mode = kept->mode;
    m_last = std::make_shared<const TimelineTrace>(std::move(kept).value());
}

quint64 RunTimeline::begin(webapp::InstrumentationMode mode, const QDateTime &started)
{
    ++m_run;
    m_live = m_recorder != nullptr;
    m_restored = false;
    m_first = m_recorder ? m_recorder->written() : 0;
    m_started = started;
    m_mode = mode;
    m_last.reset();
    m_problem.clear();
    return m_run;
}

void RunTimeline::end(quint64 run)
{
    if (run != m_run || !m_live)
        return;
    m_live = false;
    auto trace = std::make_shared<TimelineTrace>();
    trace->started = m_started;
    trace->mode = m_mode;
    trace->lost = m_recorder->read(m_first, trace->entries) - m_first;
    m_last = trace;
    base::runOnPool([trace = std::shared_ptr<const TimelineTrace>(trace), path = m_path] {
        const base::Result<qint64> saved = trace->save(path);
        if (!saved)
            qWarning("%s", qPrintable(saved.error().message));
    });
}

TimelineUpdate RunTimeline::update(quint64 run, quint64 from) const
{
    TimelineUpdate u;
    u.run = m_run;
    u.live = m_live;
    u.restored = m_restored;
    u.started = m_started;
    u.mode = m_mode;
    u.problem = m_problem;
    if (run != m_run)
        from = 0;
    if (m_live) {
        const quint64 given = m_recorder->read(m_first + from, u.entries);
        u.lost = given - (m_first + from);
        u.next = given + u.entries.size() - m_first;
    } else if (m_last) {
        const size_t first = std::min<size_t>(size_t(from), m_last->entries.size());
        u.entries.assign(m_last->entries.begin() + qsizetype(first), m_last->entries.end());
        u.next = m_last->entries.size();
        u.lost = from == 0 ? m_last->lost : 0;
    }
    return u;
}

} // namespace backend
