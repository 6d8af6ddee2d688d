#include "gui/TimelineModel.h"

namespace gui {

qint64 TimelineLane::end() const
{
    return std::max({opened, ledgerRead, modelCall, modelAnswered, answered});
}

TimelineModel::TimelineModel(QObject *parent) : QObject(parent) {}

int TimelineModel::laneOf(quint32 serial) const
{
    if (serial < m_firstSerial || m_laneBySerial.empty())
        return -1;
    const quint64 at = serial - m_firstSerial;
    return at < m_laneBySerial.size() ? m_laneBySerial[size_t(at)] : -1;
}

void TimelineModel::reset(const backend::TimelineUpdate &update)
{
    m_run = update.run;
    m_next = 0;
    m_lanes.clear();
    m_writes.clear();
    m_laneBySerial.clear();
    m_firstSerial = 0;
    m_startNs = m_endNs = 0;
    m_creates = m_tookOther = m_misattributed = 0;
    m_notShown = 0;
}

void TimelineModel::apply(const backend::TimelineUpdate &update)
{
    const bool fresh = update.run != m_run;
    if (fresh)
        reset(update);
    const bool stateChanged = fresh || m_live != update.live || m_problem != update.problem;
    m_live = update.live;
    m_restored = update.restored;
    m_started = update.started;
    m_mode = update.mode;
    m_problem = update.problem;
    m_notShown += qint64(update.lost);
    for (const backend::TimelineEntry &entry : update.entries)
        add(entry);
    m_next = update.next;
    if (stateChanged || !update.entries.empty())
        emit changed();
}

void TimelineModel::add(const backend::TimelineEntry &e)
{
    using Phase = backend::TimelinePhase;
    if (e.phase == Phase::OutsideWrite) {
        m_writes.push_back({e.ns, -1});
        return;
    }
    if (e.phase == Phase::Opened) {
        if (m_lanes.empty())
            m_firstSerial = e.request;
        const qint64 at = qint64(e.request) - qint64(m_firstSerial);
        if (int(m_lanes.size()) >= MaxLanes || at < 0 || at >= 4 * MaxLanes) {
            ++m_notShown;
            return;
        }
        if (size_t(at) >= m_laneBySerial.size())
            m_laneBySerial.resize(size_t(at) + 1, -1);
        m_laneBySerial[size_t(at)] = int(m_lanes.size());
        TimelineLane lane;
        lane.serial = e.request;
        lane.requestId = e.requestId;
        lane.append = e.has(backend::TimelineEntry::Append);
        lane.global = e.has(backend::TimelineEntry::Global);
        lane.opened = e.ns;
        lane.key = e.key;
        if (lane.global)
            m_writes.push_back({e.ns, int(m_lanes.size())});
        if (!lane.append)
            ++m_creates;
        if (m_lanes.empty())
            m_startNs = e.ns;
        m_lanes.push_back(lane);
        m_endNs = std::max(m_endNs, e.ns);
        return;
    }
    const int index = laneOf(e.request);
    if (index < 0)
        return; // a request opened before the run
    TimelineLane &lane = m_lanes[size_t(index)];
    m_endNs = std::max(m_endNs, e.ns);
    switch (e.phase) {
    case Phase::LedgerRead:
        lane.ledgerRead = e.ns;
        break;
    case Phase::ModelCall:
        lane.modelCall = e.ns;
        lane.global = e.has(backend::TimelineEntry::Global);
        lane.readKey = e.key;
        if (lane.global && e.writer != e.request) {
            lane.writer = laneOf(e.writer);
            lane.outsideWriter = lane.writer < 0;
        }
        if (lane.tookOtherWrite())
            ++m_tookOther;
        if (lane.misattributed())
            ++m_misattributed;
        break;
    case Phase::ModelAnswered:
        lane.modelAnswered = e.ns;
        lane.failed = e.has(backend::TimelineEntry::ModelFailed);
        break;
    case Phase::Answered:
        lane.answered = e.ns;
        lane.status = e.status;
        break;
    case Phase::Opened:
    case Phase::OutsideWrite:
        break;
    }
}

} // namespace gui
