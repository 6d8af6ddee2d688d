#pragma once

#include "backend/ReadModels.h"
#include "backend/RunTimeline.h"
#include "backend/ServerOptions.h"

#include <QDateTime>
#include <QObject>
#include <QUuid>

#include <vector>

namespace gui {

// One request of a run, on its lane: when each phase began (monotonic ns of the server's
// clock; -1: not reached), and whose write of the global context its model call read.
struct TimelineLane
{
    quint32 serial = 0;
    QUuid requestId;
    bool append = false;
    bool global = false; // wrote the global context, and its call read it
    qint64 opened = -1;
    qint64 ledgerRead = -1;
    qint64 modelCall = -1;
    qint64 modelAnswered = -1;
    qint64 answered = -1;
    quint32 key = 0;            // the attribution it expected
    quint32 readKey = 0;        // the attribution of the write its call read (global)
    int writer = -1;            // the lane whose write its call read; -1: its own scope, or not in the run
    bool outsideWriter = false; // its call read a write from before the run, or PUT /instrumentation's
    int status = 0;
    bool failed = false;

    // Its call read another request's write of the global context.
    bool tookOtherWrite() const { return modelCall >= 0 && global && (writer >= 0 || outsideWriter); }
    // ... and that write was a different attribution: the call was charged to another request.
    bool misattributed() const { return tookOtherWrite() && readKey != key; }
    qint64 end() const;
};

// A write of the global context: when, and by which lane (-1: not a request of the run).
struct TimelineWrite
{
    qint64 ns = 0;
    int lane = -1;
};

// The timeline of one load run, built from the backend's entries (Backend::timeline) as they
// arrive: lanes in the order the requests opened, the global context's writes, and the
// counts. At most MaxLanes lanes: a longer run shows its first ones and says so.
class TimelineModel : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxLanes = 30000;

    explicit TimelineModel(QObject *parent = nullptr);

    // Takes what the backend gives; a new run starts over. Emits changed() when it changed.
    void apply(const backend::TimelineUpdate &update);
    // The run asked for next, and the entry to read from.
    quint64 run() const { return m_run; }
    quint64 next() const { return m_next; }

    const std::vector<TimelineLane> &lanes() const { return m_lanes; }
    const std::vector<TimelineWrite> &writes() const { return m_writes; }
    bool isEmpty() const { return m_lanes.empty(); }
    bool isLive() const { return m_live; }
    bool isRestored() const { return m_restored; }
    QDateTime started() const { return m_started; }
    backend::InstrumentationMode mode() const { return m_mode; }
    QString problem() const { return m_problem; }
    qint64 startNs() const { return m_startNs; }
    qint64 endNs() const { return m_endNs; }
    int creates() const { return m_creates; }
    int appends() const { return int(m_lanes.size()) - m_creates; }
    int tookOtherWrite() const { return m_tookOther; }
    int misattributed() const { return m_misattributed; }
    // Requests beyond MaxLanes, and entries the recorder had dropped, not shown.
    qint64 notShown() const { return m_notShown; }
    int laneOf(quint32 serial) const;

signals:
    void changed();

private:
    void reset(const backend::TimelineUpdate &update);
    void add(const backend::TimelineEntry &entry);

    quint64 m_run = 0;
    quint64 m_next = 0;
    bool m_live = false;
    bool m_restored = false;
    QDateTime m_started;
    backend::InstrumentationMode m_mode = backend::InstrumentationMode::Scoped;
    QString m_problem;
    std::vector<TimelineLane> m_lanes;
    std::vector<TimelineWrite> m_writes;
    std::vector<int> m_laneBySerial; // serial - m_firstSerial -> lane, -1 for none
    quint32 m_firstSerial = 0;
    qint64 m_startNs = 0;
    qint64 m_endNs = 0;
    int m_creates = 0;
    int m_tookOther = 0;
    int m_misattributed = 0;
    qint64 m_notShown = 0;
};

} // namespace gui
