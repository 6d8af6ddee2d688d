#pragma once

#include "base/Result.h"
#include "webapp/InstrumentationMode.h"
#include "webapp/TimelineRecorder.h"

#include <QDateTime>

#include <vector>

namespace backend {

// One load run's timeline, as recorded (webapp::TimelineRecorder): the entries of its
// requests, in the order they happened, with when and in which mode it started.
struct TimelineTrace
{
    QDateTime started; // UTC
    webapp::InstrumentationMode mode = webapp::InstrumentationMode::Scoped;
    quint64 lost = 0;                           // entries older than the recorder's capacity, not kept
    std::vector<webapp::TimelineEntry> entries; // in the order recorded

    // The file a run's trace is kept in, in the data folder: the last run's, replaced by the next.
    static QString fileName() { return QStringLiteral("last-run.timeline"); }

    // The file's bytes: "CBTIMELN", a version, the header, then 40 bytes an entry (little-endian).
    QByteArray encode() const;
    // Refuses anything encode() did not write: a clear error, never a partial trace.
    static base::Result<TimelineTrace> decode(const QByteArray &bytes);

    // Written whole or not at all: a temporary file renamed over the old one (QSaveFile).
    base::Result<qint64> save(const QString &path) const;
    // A missing file is an empty trace (no run yet); a damaged one an error.
    static base::Result<TimelineTrace> load(const QString &path);
};

} // namespace backend
