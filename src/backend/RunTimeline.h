#pragma once

#include "backend/TimelineTrace.h"

#include <QString>

#include <memory>

namespace backend {

// What the window's timeline reads (Backend::timeline): the current load run's entries while
// it runs, or the last run's, kept in the data folder across restarts.
struct TimelineUpdate
{
    quint64 run = 0;       // which run; 0: none yet. A new run, a new number
    bool live = false;     // still running: more entries will come
    bool restored = false; // the last run before this start, read from the data folder
    QDateTime started;     // UTC
    webapp::InstrumentationMode mode = webapp::InstrumentationMode::Scoped;
    std::vector<webapp::TimelineEntry> entries; // the run's entries from the `from` asked
    quint64 next = 0;                           // the run's entries so far: the next `from`
    quint64 lost = 0;                           // entries of the run the recorder no longer held
    QString problem;                            // why the kept timeline could not be read
};

// The load runs' timelines, for the Backend. A run begins when the window starts a load
// and ends with it; its entries are read live from the document app's recorder
// (webapp::TimelineRecorder, no lock), and when it ends its trace is kept in memory and
// written to the data folder on the thread pool (TimelineTrace::save: temp file + rename),
// where the next start reads it. Used on the owner's thread only.
class RunTimeline
{
public:
    // Reads the trace kept at path, if any; a damaged one is reported by update().
    explicit RunTimeline(QString path);

    void attach(std::shared_ptr<const webapp::TimelineRecorder> recorder) { m_recorder = std::move(recorder); }
    // A run starts now; returns its number.
    quint64 begin(webapp::InstrumentationMode mode, const QDateTime &started);
    // The run ends: its trace is kept and saved. Once per run; later calls change nothing.
    void end(quint64 run);
    TimelineUpdate update(quint64 run, quint64 from) const;

    const QString &path() const { return m_path; }

private:
    const QString m_path;
    std::shared_ptr<const webapp::TimelineRecorder> m_recorder;
    quint64 m_run = 0;
    bool m_live = false;
    bool m_restored = false;
    quint64 m_first = 0; // the recorder's first entry of the live run
    QDateTime m_started;
    webapp::InstrumentationMode m_mode = webapp::InstrumentationMode::Scoped;
    std::shared_ptr<const TimelineTrace> m_last; // the last run's, ended or restored
    QString m_problem;
};

} // namespace backend
