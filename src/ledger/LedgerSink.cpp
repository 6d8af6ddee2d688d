#include "ledger/LedgerSink.h"

#include "ledger/Ledger.h"

namespace ledger {

LedgerSink::LedgerSink(Ledger *ledger, Audit audit) : m_ledger(ledger), m_audit(std::move(audit)) {}

void LedgerSink::consume(const payi::CallEvent &event)
{
    m_ledger->submit(event, m_audit ? m_audit(event) : AuditFinding());
}

} // namespace ledger
