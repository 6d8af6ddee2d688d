#pragma once

#include "base/Result.h"
#include "ledger/EventRow.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace ledger {

// Writes events from the database to a device as CSV or JSON Lines, row by row from a
// forward-only query: memory stays flat whatever the size of the table.
class EventExporter
{
public:
    enum class Format { Csv, JsonLines };

    explicit EventExporter(QString databasePath);

    // Events with seq > afterSeq in seq order, only those of one source when source is not
    // empty; returns how many were written.
    base::Result<qint64> write(QIODevice *out, Format format, qint64 afterSeq = 0, const QString &source = {}) const;

    static QByteArray csvHeader();
    static QByteArray csvLine(const StoredEvent &stored);
    // The event's JSON (CallEvent::toJson) with its "seq" and the audit's finding
    // (AuditFinding::addTo), on one line.
    static QByteArray jsonLine(const StoredEvent &stored);

private:
    QString m_databasePath;
};

} // namespace ledger
