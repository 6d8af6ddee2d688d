#pragma once

#include "backend/ReadModels.h"

#include <QList>
#include <QObject>

namespace ledger {
class Ledger;
}

namespace backend {

// Brings the ledger's newest call events to the thread that polls (the window's). The SQL
// read runs on the thread pool; the page arrives by queued signal. One read at a time: a
// poll while a read is under way does nothing, so a slow disk never piles up work.
class CallEventFeed : public QObject
{
    Q_OBJECT

public:
    // Delivers the events with seq > afterSeq, in seq order (Backend::eventFeed makes one).
    CallEventFeed(const ledger::Ledger &ledger, qint64 afterSeq, QObject *parent = nullptr);

    void poll();
    qint64 lastSeq() const { return m_afterSeq; }

    static constexpr int PageSize = 2000;

signals:
    void arrived(const QList<backend::StoredEvent> &events);

private:
    const ledger::Ledger &m_ledger;
    qint64 m_afterSeq;
    bool m_reading = false;
};

} // namespace backend
