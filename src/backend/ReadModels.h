#pragma once

#include "ledger/AggregateSnapshot.h"
#include "ledger/EventExporter.h"
#include "ledger/EventRow.h"
#include "webapp/AttributionAudit.h"
#include "webapp/TimelineRecorder.h"

#include <QtGlobal>

// What the Backend facade gives the window to read, under the facade's names: values that
// the window copies and keeps, none of them a way to change what it describes.
namespace backend {

// The ledger's live totals, consistent and immutable: a copy costs one pointer.
using CostSnapshot = ledger::AggregateSnapshot;
// Totals over a set of calls (all of them, a use case, an instance, a user, a model, a minute).
using CostTotals = ledger::Totals;
// One source's totals: all its calls, per use case and per model (CostSnapshot::sources()).
using SourceTotals = ledger::SourceTotals;
// A call event with the seq the ledger gave it.
using StoredEvent = ledger::StoredEvent;
// A call charged to a request other than the one that made it, with what each expected.
using Misattribution = webapp::AttributionAudit::Misattribution;
// One moment of a document request, as the timeline records it, and its kinds.
using TimelineEntry = webapp::TimelineEntry;
using TimelinePhase = webapp::TimelinePhase;
// The files events export to.
using EventFormat = ledger::EventExporter::Format;

// The attribution audit's counters, kept across restarts by the ledger: the calls it checked
// and those it found charged to another request.
struct AuditCounts
{
    qint64 checked = 0;
    qint64 misattributed = 0;
};

} // namespace backend
