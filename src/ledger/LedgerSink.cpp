#include "ledger/LedgerSink.h"

#include "ledger/Ledger.h"

namespace ledger {

LedgerSink::LedgerSink(Ledger *ledger) : m_ledger(ledger) {}

void LedgerSink::consume(const payi::CallEvent &event)
{
    m_ledger->submit(event);
}

} // namespace ledger
