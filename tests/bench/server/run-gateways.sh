#!/usr/bin/env bash
# Costbench's Pay-i proxy beside the Portkey AI gateway (issue 20), printed as lines of JSON.
# Both forward the same chat completion to the same simulated model (Costbench's, at zero
# latency) over 32 keep-alive connections:
#   direct   POST /sim/v1/chat/completions                      (no gateway: the floor)
#   costbench POST /api/v1/proxy/openai/v1/chat/completions     (Pay-i proxy mode: attributes,
#            prices and records each call durably before it answers)
#   portkey  POST /v1/chat/completions on @portkey-ai/gateway 1.15.2, routed to the simulated
#            model with x-portkey-provider: openai and x-portkey-custom-host
# Each gets a warm-up first (Node's JIT, the connections), then the measured run. The last line
# gives the proxy's requests/s over Portkey's (the target: >= 10x). What the proxy adds to one
# call's latency is run-proxy.sh's to measure: here all three run saturated.
# Usage: tests/bench/server/run-gateways.sh [BUILD_DIR] [REQUESTS]
# Needs Node.js and npm (install-deps.sh); the gateway is installed from the npm registry into
# tests/bench/server/portkey/node_modules on the first run (package-lock.json pins it).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../../build}
requests=${2:-20000}
loadgen=$build/tests/bench/server/loadgen
data=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$data"' EXIT
ulimit -n 65536 2>/dev/null || ulimit -n 8192

[[ -d $here/portkey/node_modules/@portkey-ai/gateway ]] ||
    (cd "$here/portkey" && npm ci --no-audit --no-fund --loglevel=error >&2)

"$build/src/app/costbench" --headless --port 0 --data-dir "$data/ledger" --sim-latency-ms 0 >"$data/cb" 2>/dev/null &
pids+=($!)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
NODE_ENV=production node "$here/portkey/node_modules/@portkey-ai/gateway/build/start-server.js" \
    --port="$port" --headless >"$data/pk" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q listening "$data/cb" && grep -q Ready "$data/pk" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$data/cb")
curl -sf -XPUT "$url/sim/settings" -d '{"base_latency_ms":0,"per_token_ms":0}' >/dev/null

body='{"model":"gpt-5.4","messages":[{"role":"user","content":"a lighthouse"}]}'
run() { # NAME URL N HEADER...
    local name=$1 target=$2 n=$3
    shift 3
    "$loadgen" --url "$target" --body "$body" --header "Authorization: Bearer sk-bench" "$@" -c 32 -n "$n" |
        sed "s/^{/{\"case\":\"$name\",/"
}
direct=("direct" "$url/sim/v1/chat/completions")
proxy=("costbench" "$url/api/v1/proxy/openai/v1/chat/completions" --header "xProxy-UseCase-Name: bench")
portkey=("portkey" "http://127.0.0.1:$port/v1/chat/completions" --header "x-portkey-provider: openai"
    --header "x-portkey-custom-host: $url/sim/v1")
for c in direct proxy portkey; do
    declare -n args=$c
    run "${args[0]} (warm-up)" "${args[1]}" 2000 "${args[@]:2}" >/dev/null
    run "${args[@]:0:2}" "$requests" "${args[@]:2}" | tee "$data/$c.json"
done
python3 - "$data" <<'PY'
import json, sys
d = {c: json.load(open(f"{sys.argv[1]}/{c}.json")) for c in ("direct", "proxy", "portkey")}
print(json.dumps({"case": "summary",
                  "proxy_rps_over_portkey": round(d["proxy"]["requests_per_second"] / d["portkey"]["requests_per_second"], 1),
                  "all_ok": all(v["failed"] == 0 for v in d.values())}))
PY
