#pragma once

#include "ledger/AuditFinding.h"
#include "payi/Sink.h"

#include <functional>

namespace ledger {

class Ledger;

// Feeds every tracked call into the ledger. consume() only encodes and queues the event
// (Ledger::submit), so it is quick and may run on many threads at once. With an audit, each
// event is queued with what the audit finds of it, in the same row: the finding is durable
// exactly when the event is.
class LedgerSink final : public payi::Sink
{
public:
    using Audit = std::function<AuditFinding(const payi::CallEvent &)>;

    explicit LedgerSink(Ledger *ledger, Audit audit = {});
    void consume(const payi::CallEvent &event) override;

private:
    Ledger *m_ledger;
    Audit m_audit;
};

} // namespace ledger
