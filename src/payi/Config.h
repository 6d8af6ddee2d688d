#pragma once

#include "payi/Params.h"
#include "payi/PriceTable.h"

#include <memory>

namespace base {
class Clock;
}

namespace payi {

// The configuration of instrument() (docs/tracking-model.md, "instrument() — once, at start-up").
struct Config
{
    // A process-wide context applies to every call made outside any scope. Off: such
    // calls are not tracked at all (what the seed does in a web server).
    bool globalInstrumentation = true;
    // The global context's fields. use_case_name defaults to the program's name (with one
    // generated use_case_id) when global instrumentation is on.
    Params globalContext;
    // payi_instrument(log_prompt_and_response=...): false is a hard switch, no scope or
    // per-call header keeps a prompt or a response text then.
    bool logPromptAndResponse = true;
    // When not empty, every ingest packet is kept in this JSON file (OfflineFileSink).
    QString offlineInstrumentation;
    bool proxy = false;

    // Costbench additions.
    std::shared_ptr<const PriceTable> prices = std::make_shared<const PriceTable>();
    std::shared_ptr<const base::Clock> clock; // null: the system clock
    // The output cap assumed for a call that gives no max_tokens, when it must reserve
    // against a block limit. The provider client sends it as max_tokens so that the
    // reservation really is an upper bound.
    qint64 defaultMaxOutputTokens = 4096;
};

} // namespace payi
