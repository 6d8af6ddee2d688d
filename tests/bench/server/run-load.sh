#!/usr/bin/env bash
# The load figures of the document server (issue 5), printed as lines of JSON:
#  1. zero model latency: requests/s of a bare route (GET /healthz) and of POST /documents;
#  2. model latency 1,000 ms, 2,000 concurrent connections: all answered? p99, peak memory
#     (3 answers per connection, then 10);
#  3. the seed's own stack side by side: its Flask app (threaded) calling the same simulated
#     model with the same concurrency, and the ratio.
# Usage: tests/bench/server/run-load.sh [BUILD_DIR]   (needs python3-flask, python3-requests)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../../build}
costbench=$build/src/app/costbench
loadgen=$build/tests/bench/server/loadgen
data=$(mktemp -d)
out=$(mktemp)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$data" "$out"; }
trap cleanup EXIT
ulimit -n 65536 2>/dev/null || ulimit -n 8192

"$costbench" --headless --port 0 --data-dir "$data" --sim-latency-ms 0 >"$out" 2>/dev/null &
pids+=($!)
cb_pid=$!
for _ in $(seq 100); do grep -q listening "$out" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$out")
sim() { curl -sf -XPUT "$url/sim/settings" -d "$1" >/dev/null; }
peak_kib() { awk '/VmHWM/ {print $2}' "/proc/$1/status"; }

sim '{"base_latency_ms":0,"per_token_ms":0}'
echo "# zero model latency"
"$loadgen" --url "$url/healthz" --method GET -c 64 -n 20000 | sed "s/^{/{\"case\":\"costbench GET \/healthz\",/"
"$loadgen" --url "$url/documents" --body '{"prompt":"a lighthouse"}' -c 64 -n 5000 |
    sed 's/^{/{"case":"costbench POST \/documents, 0 ms",/'

echo "# model latency 1000 ms, 2000 concurrent connections"
sim '{"base_latency_ms":1000,"per_token_ms":0}'
"$loadgen" --url "$url/documents" --body '{"prompt":"a lighthouse"}' -c 2000 -n 6000 |
    sed 's/^{/{"case":"costbench POST \/documents, 1000 ms, c=2000",/'
# The same connections held for ten answers each: the first wave (every connection new at
# both hops at once) is a tenth of the answers instead of a third.
"$loadgen" --url "$url/documents" --body '{"prompt":"a lighthouse"}' -c 2000 -n 20000 |
    sed 's/^{/{"case":"costbench POST \/documents, 1000 ms, c=2000, 10 answers each",/'
echo "{\"case\":\"costbench peak memory\",\"vm_hwm_mib\":$(( $(peak_kib $cb_pid) / 1024 ))}"

if /usr/bin/python3 -c 'import flask, requests' 2>/dev/null; then
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    /usr/bin/python3 "$here/seed_app.py" "$port" "$url/sim/v1" >/dev/null 2>&1 &
    pids+=($!)
    flask_pid=$!
    for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
    echo "# the seed's Flask app (threaded), same simulated model"
    sim '{"base_latency_ms":0,"per_token_ms":0}'
    "$loadgen" --url "http://127.0.0.1:$port/documents" --body '{"prompt":"a lighthouse"}' -c 64 -n 2000 |
        sed 's/^{/{"case":"flask POST \/documents, 0 ms",/' || true
    sim '{"base_latency_ms":1000,"per_token_ms":0}'
    "$loadgen" --url "http://127.0.0.1:$port/documents" --body '{"prompt":"a lighthouse"}' -c 2000 -n 6000 |
        sed 's/^{/{"case":"flask POST \/documents, 1000 ms, c=2000",/' || true
    echo "{\"case\":\"flask peak memory\",\"vm_hwm_mib\":$(( $(peak_kib $flask_pid) / 1024 ))}"
else
    echo "# python3-flask or python3-requests missing: the seed's stack was not measured"
fi
