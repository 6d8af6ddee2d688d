#!/usr/bin/env bash
# The concurrency tests under ThreadSanitizer (issue 8), in build-tsan. Only these are built
# and run: TSan slows code five to fifteen times, and the rest of the suite is single-threaded.
#   tst_isolation   - payi: attribution under sixteen threads and interleaved async calls
#   tst_limits      - payi: the limits race (concurrent reservations against one limit)
#   tst_httpserver  - net: answers from other threads, thousand concurrent requests
#   tst_documentapi - webapp: the document app and JSON API on the server, provider, model,
#                     ledger and pool threads, 500 requests in flight over 50 documents in
#                     scoped and global mode
#   tst_epolldispatcher - net: the epoll event dispatcher, woken from other threads
#   tst_ledger      - ledger: reads on kept per-thread connections beside the writer thread
#   tst_sdkconformance - providers: the tracking rules, calls carried to other threads with bind
#   tst_proxyapi    - webapp: Pay-i's proxy route, the server and provider threads passing
#                     streams through, calls cancelled from the other side
#   tst_ingestapi   - webapp: Pay-i's ingest route, packets read on the pool in arrival order
#                     and recorded back on the server thread, concurrent copies of one packet
#   tst_documentstream - webapp: documents streamed, each delta passed from the provider
#                     thread to the server thread, 200 streamed appends at once
#   tst_auditrestart - webapp: the audit's findings written with their events by the ledger's
#                     writer thread, read back after a restart
#   tst_timelinerecorder - webapp: the timeline's lock-free ring, read on another thread
# Qt 6.4 from Debian is not built with TSan; tsan.supp hides the reports that stem from that
# alone (see the file). A report fails the test (TSan exits 66) and is kept in
# build-tsan/sanitizer-logs/, and any file there fails the run.
#
# Usage: tests/sanitizers/run-tsan.sh [ctest arguments]
# Environment: TSAN_TESTS (test names, default the eleven above), BUILD_DIR (default
# build-tsan), JOBS (build and test jobs, default 2).
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/sanitizers/reports.sh
build=${BUILD_DIR:-build-tsan}
jobs=${JOBS:-2}
logs="$PWD/$build/sanitizer-logs"
read -r -a tests <<<"${TSAN_TESTS:-tst_isolation tst_limits tst_httpserver tst_documentapi tst_epolldispatcher tst_ledger tst_sdkconformance tst_proxyapi tst_ingestapi tst_documentstream tst_auditrestart tst_timelinerecorder}"

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOSTBENCH_SANITIZE=thread \
  -DCOSTBENCH_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target "${tests[@]}"

rm -rf "$logs"
mkdir -p "$logs"
export TSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/tsan.supp:ignore_noninstrumented_modules=1:second_deadlock_stack=1:history_size=4:log_path=$logs/tsan"

status=0
ctest --test-dir "$build" --output-on-failure -j "$jobs" -R "^($(IFS='|'; echo "${tests[*]}"))$" "$@" || status=$?
exit_with_reports run-tsan "$status" "$logs" "${tests[*]} passed with no ThreadSanitizer report"
