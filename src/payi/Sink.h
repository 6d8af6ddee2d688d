#pragma once

#include "payi/CallEvent.h"

namespace payi {

// Receives every tracked call's event. consume() runs on the thread that finished the
// call, possibly several at once: keep it quick and thread-safe (queue, don't block).
// Every sink has consumed the event before TrackedCall::finish() (or, for a blocked call,
// Instrumentation::begin()) returns, so a caller that learns of the result afterwards can
// rely on the sinks having it.
// It must not throw; the library catches and counts anything that escapes.
class Sink
{
public:
    virtual ~Sink() = default;
    virtual void consume(const CallEvent &event) = 0;
};

} // namespace payi
