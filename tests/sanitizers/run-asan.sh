#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (issue 8), in
# build-asan. Every ASan, UBSan or LeakSanitizer report aborts the process that made it, so the
# test fails; reports also go to build-asan/sanitizer-logs/, which catches processes whose exit a
# test does not look at (children), and any file there fails the run.
#
# Leaks inside OpenSSL are suppressed (lsan.supp says why).
# Usage: tests/sanitizers/run-asan.sh [ctest arguments, e.g. -R tst_money]
# Environment: BUILD_DIR (default build-asan), JOBS (build and test jobs, default 2).
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/sanitizers/reports.sh
build=${BUILD_DIR:-build-asan}
jobs=${JOBS:-2}
logs="$PWD/$build/sanitizer-logs"

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOSTBENCH_SANITIZE=address \
  -DCOSTBENCH_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "$jobs"

rm -rf "$logs"
mkdir -p "$logs"
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_init_order=1:check_initialization_order=1:log_path=$logs/asan"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1:log_path=$logs/ubsan"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"

status=0
ctest --test-dir "$build" --output-on-failure -j "$jobs" "$@" || status=$?
exit_with_reports run-asan "$status" "$logs" "every test passed with no ASan, UBSan or LSan report"
