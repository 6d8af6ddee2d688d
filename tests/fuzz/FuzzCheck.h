#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant of a fuzz target. A failure aborts, which libFuzzer reports as a crash and
// saves the input as crash-<sha1>; the input then goes to regressions/<target>/.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition);                     \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
