#include "backend/CallEventFeed.h"

#include "base/Handoff.h"
#include "ledger/Ledger.h"

#include <QtConcurrent/QtConcurrentRun>

namespace backend {

CallEventFeed::CallEventFeed(const ledger::Ledger &ledger, qint64 afterSeq, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_afterSeq(afterSeq)
{
}

void CallEventFeed::poll()
{
    if (m_reading || m_ledger.durableSeq() <= m_afterSeq)
        return;
    m_reading = true;
    QtConcurrent::run(base::workPool(), [ledger = &m_ledger, after = m_afterSeq] {
        return ledger->eventsAfter(after, PageSize);
    }).then(this, [this](const base::Result<QList<StoredEvent>> &page) {
        m_reading = false;
        if (!page || page->isEmpty())
            return;
        m_afterSeq = page->last().seq;
        emit arrived(*page);
    });
}

} // namespace backend
