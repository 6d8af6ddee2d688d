#!/usr/bin/env bash
# The soak (issue 23, point 4): the headless server driven at its full rate for SECONDS (60;
# the hour: run-soak.sh build 3600) by 32 connections, the model answering at once, half the
# requests creates (POST /documents) and half appends (POST /documents/{id}/append) to
# documents made earlier: 1,000 made first, then each create's document takes the place of
# the oldest of those 1,000 (loadgen --collect), so that each document gets about one append.
# Prints, as lines of JSON:
#  - every 5 s: the seconds since the load began, the server's RSS (VmRSS), the requests
#    answered so far, the size of ledger.sqlite, of its write-ahead log (-wal), and of what
#    the server wrote on stderr;
#  - at the end, one summary line, then the same as a table: requests answered (2xx) and
#    failed; RSS at 15 s, at 60 s and at the end, its growth from 15 s to 60 s (the issue's
#    target: at most 30 MB; the growth depends on the rate, so it is also given per request
#    answered in between); bytes per call, (ledger.sqlite + -wal) / events, at the end of
#    the load and after the server stopped (target: at most 2 KB); the server stopped
#    (SIGTERM) and started again on the same ledger: the time from exec to its `listening on`
#    line (target: at most 1 s), its RSS then (target: under 150 MB) and 5 s later, and the
#    calls its /metrics counted then; and whether every answered request's event is in the
#    ledger (the events table counted with sqlite3, the server stopped).
# The machine's load average is printed too: on a shared 2-core machine the figures move
# with it.
# Usage: tests/bench/server/run-soak.sh [BUILD_DIR] [SECONDS]   (needs sqlite3 or python3)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../../build}
seconds=${2:-60}
costbench=$build/src/app/costbench
loadgen=$build/tests/bench/server/loadgen
work=$(mktemp -d)
data=$work/data
log=$work/server.log
cb_pid=
out_fd=
cleanup() {
    [ -z "$cb_pid" ] || kill "$cb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
ulimit -n 65536 2>/dev/null || ulimit -n 8192

# Starts Costbench on $data; sets cb_pid, url and start_ms (from exec to its `listening on`
# line, read from its stdout as it is written).
start_costbench() {
    rm -f "$work/stdout"
    mkfifo "$work/stdout"
    local started=$EPOCHREALTIME
    "$costbench" --headless --port 0 --data-dir "$data" --sim-latency-ms 0 >"$work/stdout" 2>>"$log" &
    cb_pid=$!
    exec {out_fd}<"$work/stdout"
    local line=
    IFS= read -r -t 600 line <&"$out_fd" || true
    start_ms=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", (b - a) * 1000 }')
    url=${line#listening on }
    if [ "$url" = "$line" ]; then
        echo "run-soak: the server did not start: $(tail -5 "$log")" >&2
        exit 1
    fi
}
# Stops it with SIGTERM and waits for it to exit; sets stop_ms.
stop_costbench() {
    local started=$EPOCHREALTIME
    kill -TERM "$cb_pid"
    wait "$cb_pid" || true
    stop_ms=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", (b - a) * 1000 }')
    cb_pid=
    exec {out_fd}<&-
}
rss_mib() { awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$cb_pid/status"; }
size_of() { stat -c %s "$1" 2>/dev/null || echo 0; }
disk_bytes() { echo $(($(size_of "$data/ledger.sqlite") + $(size_of "$data/ledger.sqlite-wal"))); }
field() { sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p"; }
load_average() { cut -d' ' -f1 /proc/loadavg; }
calls_counted() { curl -sf "$url/metrics" | awk '/^costbench_calls_total/ { n += $2 } END { print n + 0 }'; }
count_events() {
    if command -v sqlite3 >/dev/null; then
        sqlite3 -readonly "$data/ledger.sqlite" 'SELECT count(*) FROM events'
    else
        python3 -c 'import sqlite3, sys
print(sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True).execute("SELECT count(*) FROM events").fetchone()[0])' \
            "$data/ledger.sqlite"
    fi
}

load_before=$(load_average)
start_costbench
first_start_ms=$start_ms
curl -sf -XPUT "$url/sim/settings" -d '{"base_latency_ms":0,"per_token_ms":0}' >/dev/null
echo "# soak: $seconds s, 32 connections, creates and appends half each; load average $load_before on $(nproc) cores"

# The documents the first appends go to.
seeded=$("$loadgen" --url "$url/documents" --body '{"prompt":"a lighthouse"}' -c 32 -n 1000 | field ok)
curl -sf "$url/documents" | grep -o '"document_id":"[^"]*"' | cut -d'"' -f4 >"$work/ids"

# loadgen's progress lines (stderr) are read as they come, each with the server's RSS and
# the ledger's size at that moment; its final line (stdout) goes to a file.
samples=$work/samples
{ "$loadgen" --url "$url/documents" --body '{"prompt":"a lighthouse"}' \
    --mix-url "$url/documents/{id}/append" --mix-body '{"text":"and then winter"}' \
    --ids "$work/ids" --collect document_id -c 32 --duration "$seconds" --progress 5 \
    2>&1 >"$work/load.json" || true; } | while IFS= read -r line; do
    case $line in
    '{'*) ;;
    *) echo "$line" >&2; continue ;;
    esac
    sample="{\"seconds\":$(echo "$line" | field seconds | xargs printf '%.1f'),\"rss_mib\":$(rss_mib)"
    sample+=",\"answered\":$(echo "$line" | field requests),\"ok\":$(echo "$line" | field ok)"
    sample+=",\"failed\":$(echo "$line" | field failed),\"ledger_bytes\":$(size_of "$data/ledger.sqlite")"
    sample+=",\"wal_bytes\":$(size_of "$data/ledger.sqlite-wal"),\"log_bytes\":$(size_of "$log")}"
    echo "$sample" | tee -a "$samples"
done
load=$(cat "$work/load.json")
end_seconds=$(echo "$load" | field seconds | xargs printf '%.1f')
echo "{\"seconds\":$end_seconds,\"rss_mib\":$(rss_mib),\"answered\":$(echo "$load" | field requests),\"ok\":$(echo "$load" | field ok),\"failed\":$(echo "$load" | field failed),\"ledger_bytes\":$(size_of "$data/ledger.sqlite"),\"wal_bytes\":$(size_of "$data/ledger.sqlite-wal"),\"log_bytes\":$(size_of "$log"),\"end\":true}" |
    tee -a "$samples"
load_after=$(load_average)
disk_running=$(disk_bytes)
# The RSS (field 4) or the answers so far (field 6) of the first sample at or past S seconds
# ("null" when the load was shorter).
sample_at() {
    awk -v s="$1" -v f="$2" -F'[:,]' '$2 >= s - 0.5 { print $f; found = 1; exit } END { if (!found) print "null" }' "$samples"
}
rss_15=$(sample_at 15 4)
rss_60=$(sample_at 60 4)
answered_15=$(sample_at 15 6)
answered_60=$(sample_at 60 6)
rss_end=$(tail -1 "$samples" | field rss_mib)

stop_costbench
disk_stopped=$(disk_bytes)
events=$(count_events)
answered=$((seeded + $(echo "$load" | field ok)))

start_costbench
restart_ms=$start_ms
rss_restart=$(rss_mib)
calls_restart=$(calls_counted)
sleep 5
rss_restart_5s=$(rss_mib)
stop_costbench

summary=$(awk -v seconds="$end_seconds" -v load="$load" -v seeded="$seeded" -v answered="$answered" \
    -v events="$events" -v r15="$rss_15" -v r60="$rss_60" -v rend="$rss_end" -v running="$disk_running" \
    -v stopped="$disk_stopped" -v first="$first_start_ms" -v restart="$restart_ms" -v rr="$rss_restart" \
    -v rr5="$rss_restart_5s" -v calls="$calls_restart" -v stop="$stop_ms" -v la0="$load_before" \
    -v la1="$load_after" -v a15="$answered_15" -v a60="$answered_60" '
    function get(name,   m) { return match(load, "\"" name "\":[0-9.]+") ? substr(load, RSTART + length(name) + 3, RLENGTH - length(name) - 3) : 0 }
    function growth(a, b) { return (a == "null" || b == "null") ? "null" : sprintf("%.1f", b - a) }
    function per_request(a, b, n15, n60) { return (a == "null" || b == "null" || n60 <= n15) ? "null" : sprintf("%.0f", (b - a) * 1048576 / (n60 - n15)) }
    BEGIN {
        printf "{\"case\":\"soak\",\"seconds\":%s,\"connections\":32,\"requests_per_second\":%.0f,", seconds, get("requests_per_second")
        printf "\"ok\":%d,\"failed\":%d,\"creates_ok\":%d,\"appends_ok\":%d,\"seeded_documents\":%d,", get("ok"), get("failed"), get("ok") - get("mix_ok"), get("mix_ok"), seeded
        printf "\"rss_15s_mib\":%s,\"rss_60s_mib\":%s,\"rss_end_mib\":%s,\"rss_growth_15_60s_mib\":%s,\"rss_growth_15s_end_mib\":%s,", r15, r60, rend, growth(r15, r60), growth(r15, rend)
        printf "\"rss_growth_bytes_per_request_15_60s\":%s,", per_request(r15, r60, a15, a60)
        printf "\"events\":%d,\"disk_bytes_end_of_load\":%.0f,\"bytes_per_call_end_of_load\":%.0f,", events, running, running / events
        printf "\"disk_bytes_stopped\":%.0f,\"bytes_per_call_stopped\":%.0f,\"stop_ms\":%d,", stopped, stopped / events, stop
        printf "\"first_start_ms\":%d,\"restart_ms\":%d,\"rss_after_restart_mib\":%s,\"rss_5s_after_restart_mib\":%s,", first, restart, rr, rr5
        printf "\"calls_counted_after_restart\":%d,\"answered\":%d,\"events_in_ledger\":%d,\"all_answered_in_ledger\":%s,", calls, answered, events, (events >= answered) ? "true" : "false"
        printf "\"load_average_before\":%s,\"load_average_after\":%s}\n", la0, la1
    }')
echo "$summary"
echo "$summary" | awk '
    function get(name,   m) { return match($0, "\"" name "\":[^,}]+") ? substr($0, RSTART + length(name) + 3, RLENGTH - length(name) - 3) : "" }
    {
        row("load", get("seconds") " s, " get("requests_per_second") " requests/s", "")
        row("answered (2xx) / failed", get("ok") " / " get("failed") " (creates " get("creates_ok") ", appends " get("appends_ok") ")", "")
        row("RSS at 15 s / 60 s / end", get("rss_15s_mib") " / " get("rss_60s_mib") " / " get("rss_end_mib") " MiB", "")
        row("RSS growth 15 s to 60 s", get("rss_growth_15_60s_mib") " MiB (" get("rss_growth_bytes_per_request_15_60s") " bytes a request)", "<= 30 MB")
        row("bytes per call, end of load", get("bytes_per_call_end_of_load") " (" get("disk_bytes_end_of_load") " bytes)", "<= 2 KB")
        row("bytes per call, stopped", get("bytes_per_call_stopped") " (" get("disk_bytes_stopped") " bytes)", "<= 2 KB")
        row("stop (SIGTERM to exit)", get("stop_ms") " ms", "")
        row("restart to listening", get("restart_ms") " ms (first start " get("first_start_ms") " ms)", "<= 1 s")
        row("RSS after restart / 5 s later", get("rss_after_restart_mib") " / " get("rss_5s_after_restart_mib") " MiB", "< 150 MB")
        row("calls counted after restart", get("calls_counted_after_restart"), "")
        row("answered / events in ledger", get("answered") " / " get("events_in_ledger") " (all in: " get("all_answered_in_ledger") ")", "events >= answered")
        row("load average before / after", get("load_average_before") " / " get("load_average_after"), "")
    }
    function row(what, value, target) { printf "%-32s %-52s %s\n", what, value, target }'
