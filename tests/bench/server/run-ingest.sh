#!/usr/bin/env bash
# Pay-i ingest (issue 20): how many packets per second Costbench stores durably, and the
# latency at a steady 1,000 packets/s, printed as lines of JSON. Each packet is the one the
# Pay-i SDK 0.1.0-alpha.177 sent for a successful call (tests/support/fixtures/
# sdk_ingest_ok.http), with its own id, so that none is a duplicate; an answer means the event
# is on disk. At the end, every packet answered must be in the ledger: the ledger's durable
# sequence number is compared with the number of answers.
#   1. closed loop, 32 connections, 40,000 packets: packets/s (the target: >= 10,000), and the
#      CPU time Costbench's threads spent per packet during it, in µs (from /proc: the server's
#      thread, the work pool that reads the packets (costbench-work), the ledger's threads,
#      all): the figure that does not depend on what else the machine runs;
#   2. the same with 128 connections: each commit (one fsync) carries more packets;
#   3. open loop at 1,000 packets/s for 20 s, 64 connections: p50 and p99 from the time each
#      packet was due (the target: p99 <= 10 ms);
#   4. the disk's own floor under any durable answer, in the same folder: 4 KiB written and
#      fdatasync'ed 2,000 times, p50 and p99 (python3; skipped without it).
# Usage: tests/bench/server/run-ingest.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../../build}
fixture=$here/../../support/fixtures/sdk_ingest_ok.http
data=$(mktemp -d)
trap 'kill "$cb_pid" 2>/dev/null || true; wait 2>/dev/null; rm -rf "$data"' EXIT
ulimit -n 65536 2>/dev/null || ulimit -n 8192

"$build/src/app/costbench" --headless --port 0 --data-dir "$data/ledger" >"$data/out" 2>/dev/null &
cb_pid=$!
for _ in $(seq 100); do grep -q listening "$data/out" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$data/out")

# The fixture's body with a numbered response id, and its attribution headers.
body=$(sed '1,/^\r\?$/d' "$fixture" | sed 's/"chatcmpl-sim[0-9a-f]*"/"chatcmpl-bench-{seq}"/g')
headers=()
while IFS= read -r line; do headers+=(--header "$line"); done < <(grep -i '^xProxy-\|^User-Agent' "$fixture" | tr -d '\r')

ingest() {
    "$build/tests/bench/server/loadgen" --url "$url/api/v1/ingest?id=chatcmpl-bench-{seq}" --body "$body" \
        "${headers[@]}" "$@"
}
durable() { curl -sf "$url/metrics" | sed -n 's/^costbench_ledger_durable_seq //p'; }
# "name ticks" of each of Costbench's threads, CPU time (user + system) in clock ticks.
thread_ticks() {
    local task
    for task in /proc/"$cb_pid"/task/*; do
        awk -v name="$(tr ' ' '_' <"$task/comm")" '{sub(/^.*\) /, ""); print name, $12 + $13}' "$task/stat"
    done
}
# The µs each kind of thread spent per packet between two thread_ticks, for $1 packets.
cpu_per_packet() {
    awk -v packets="$1" -v hz="$(getconf CLK_TCK)" '
        { kind = $1 ~ /^costbench-serv/ ? "server_thread" : $1 ~ /^costbench-work/ ? "thread_pool" : $1 ~ /^ledger/ ? "ledger" : "other"
          ticks[kind] += (FILENAME == ARGV[1] ? -$2 : $2) }
        END { line = "{\"case\":\"CPU µs a packet, closed loop\""
              for (k in ticks) { line = line sprintf(",\"%s\":%.1f", k, ticks[k] * 1e6 / hz / packets); all += ticks[k] }
              print line sprintf(",\"all\":%.1f}", all * 1e6 / hz / packets) }' "$2" "$3"
}

echo "# Pay-i ingest, $(wc -c <<<"$body") bytes a packet"
thread_ticks >"$data/ticks-before"
ingest -c 32 -n 40000 | sed 's/^{/{"case":"ingest, closed loop, c=32",/'
thread_ticks >"$data/ticks-after"
cpu_per_packet 40000 "$data/ticks-before" "$data/ticks-after"
# Request numbers start at 0 again: each case takes other ids.
body=${body//chatcmpl-bench-/chatcmpl-wide-}
"$build/tests/bench/server/loadgen" --url "$url/api/v1/ingest?id=chatcmpl-wide-{seq}" --body "$body" \
    "${headers[@]}" -c 128 -n 40000 | sed 's/^{/{"case":"ingest, closed loop, c=128",/'
body=${body//chatcmpl-wide-/chatcmpl-steady-}
"$build/tests/bench/server/loadgen" --url "$url/api/v1/ingest?id=chatcmpl-steady-{seq}" --body "$body" \
    "${headers[@]}" -c 64 -n 20000 --rate 1000 | sed 's/^{/{"case":"ingest, open loop, 1000 packets\/s",/'
echo "{\"case\":\"stored\",\"answered\":100000,\"durable_events\":$(durable)}"
if command -v python3 >/dev/null; then
    python3 - "$data/fsync-probe" <<'PROBE'
import os, sys, time
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT, 0o600)
block, times = b"x" * 4096, []
for i in range(2000):
    os.pwrite(fd, block, (i % 256) * 4096)
    start = time.perf_counter()
    os.fdatasync(fd)
    times.append((time.perf_counter() - start) * 1000)
times.sort()
print('{"case":"the disk: 4 KiB + fdatasync","p50_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f}'
      % (times[1000], times[1980], times[-1]))
PROBE
fi
