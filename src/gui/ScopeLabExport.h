#pragma once

#include "gui/ScopeLabModel.h"

namespace gui {

// A scenario as a C++ program using Costbench's payi library: it opens the same scopes with
// payi::track and payi::TrackContext, resolves a call with the same headers, and prints the
// attribution as JSON. It builds against costbench_payi.
QString cppExport(const ScopeScenario &scenario);

// The same scenario with the Pay-i Python SDK: payi_instrument(), @track functions,
// `with track_context(...)` blocks and one OpenAI call with the headers as extra_headers.
// Run with PAYI_BASE_URL and OPENAI_BASE_URL set, the SDK reports the call's attribution.
QString pythonExport(const ScopeScenario &scenario);

// A scope's arguments as the SDK takes them: use_case_name="summarize", limit_ids=["a"].
QString pythonArguments(const payi::ScopeLayer &scope);
// The call's headers as the SDK's extra_headers: {"xProxy-User-ID": "bob"}.
QString pythonHeaders(const payi::Params &headers);

} // namespace gui
