#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz, replays every seed and
# regression input once, then fuzzes each target for FUZZ_SECONDS (default 60) on a copy of its
# seed corpus. Fails on a crash, a broken invariant, a leak, a time-out, running out of memory or
# any sanitizer report; the input that did it is kept as build-fuzz/fuzz-runs/<target>/crash-*:
# copy it to tests/fuzz/regressions/<target>/ once the bug is fixed, so that it stays fixed.
# Prints per target the executions and the coverage reached.
#
# Environment: FUZZ_SECONDS (default 60), FUZZ_TARGETS (default: all seven), BUILD_DIR
# (default build-fuzz), JOBS (build jobs, default 2).
set -euo pipefail
cd "$(dirname "$0")/../.."
source_dir=$PWD
build=${BUILD_DIR:-build-fuzz}
seconds=${FUZZ_SECONDS:-60}
read -r -a targets <<<"${FUZZ_TARGETS:-fuzz_http_request fuzz_api_bodies fuzz_money fuzz_price_table fuzz_sse_parser fuzz_usage_mapping fuzz_completion_reader fuzz_proxy_headers}"

# What each target is fed: its dictionary and the longest input worth trying.
declare -A dict=([fuzz_http_request]=http [fuzz_api_bodies]=api [fuzz_money]=money [fuzz_price_table]=json
                 [fuzz_sse_parser]=sse [fuzz_usage_mapping]=json [fuzz_completion_reader]=json
                 [fuzz_proxy_headers]=proxy)
declare -A max_len=([fuzz_http_request]=8192 [fuzz_api_bodies]=4096 [fuzz_money]=64 [fuzz_price_table]=8192
                    [fuzz_sse_parser]=4096 [fuzz_usage_mapping]=4096 [fuzz_completion_reader]=4096
                    [fuzz_proxy_headers]=1024)

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCOSTBENCH_FUZZ=ON -DCOSTBENCH_BUILD_TESTS=OFF -DCOSTBENCH_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "${JOBS:-2}" --target "${targets[@]}"

export LC_ALL=C.UTF-8
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1

# Every input that ever found a bug, and the seeds, must still pass.
ctest --test-dir "$build" -L fuzz --output-on-failure -R "^($(IFS='|'; echo "${targets[*]}"))_replay$"

failed=()
summary=()
for target in "${targets[@]}"; do
  run="$source_dir/$build/fuzz-runs/$target"
  rm -rf "$run"
  mkdir -p "$run/corpus"
  cp "$source_dir/tests/fuzz/corpus/$target/"* "$run/corpus/"
  echo "== $target: fuzzing for ${seconds}s"
  status=0
  "$source_dir/$build/tests/fuzz/$target" "$run/corpus" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="${max_len[$target]}" \
    -dict="$source_dir/tests/fuzz/dicts/${dict[$target]}.dict" -print_final_stats=1 \
    -artifact_prefix="$run/" >"$run/log" 2>&1 || status=$?

  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$run/log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$run/log")
  edges=$(grep -oE 'Loaded [0-9]+ modules +\([0-9]+ inline 8-bit counters' "$run/log" | grep -oE '[0-9]+ inline' | grep -oE '[0-9]+' | head -1)
  last=$(grep -E '^#[0-9]+' "$run/log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || true)
  ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || true)
  corpus=$(find "$run/corpus" -type f | wc -l)
  line=$(printf '%-20s executions %10s (%s/s)  cov %5s of %s edges  ft %6s  corpus %s' \
    "$target" "${executions:-?}" "${rate:-?}" "${cov:-?}" "${edges:-?}" "${ft:-?}" "$corpus")
  if [ "$status" -ne 0 ] || grep -qE '^(==[0-9]+==ERROR|SUMMARY: (Address|Leak|UndefinedBehavior)Sanitizer)|runtime error:' "$run/log"; then
    failed+=("$target")
    line+="  FAILED (exit $status)"
    echo "-- $target failed; the end of its log ($run/log):"
    tail -n 60 "$run/log"
    ls "$run"/crash-* "$run"/leak-* "$run"/timeout-* "$run"/oom-* 2>/dev/null || true
  fi
  summary+=("$line")
done

echo
echo "Fuzzing summary (${seconds}s per target):"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -ne 0 ]; then
  echo "run-fuzzers: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "run-fuzzers: no crash, leak or sanitizer report"
