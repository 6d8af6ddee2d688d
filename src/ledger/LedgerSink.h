#pragma once

#include "payi/Sink.h"

namespace ledger {

class Ledger;

// Feeds every tracked call into the ledger. consume() only encodes and queues the event
// (Ledger::submit), so it is quick and may run on many threads at once.
class LedgerSink final : public payi::Sink
{
public:
    explicit LedgerSink(Ledger *ledger);
    void consume(const payi::CallEvent &event) override;

private:
    Ledger *m_ledger;
};

} // namespace ledger
