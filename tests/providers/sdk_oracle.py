#!/usr/bin/env python3
"""Runs the rows of sdk-conformance.json through the real Pay-i Python SDK.

Each row is run in a fresh interpreter: payi_instrument() with the row's configuration
(offline instrumentation, so the ingest packets stay in memory), the row's track /
track_context scopes, then one chat completion through the real openai client, served by
an httpx mock transport, with the row's headers as extra_headers. The packet the SDK would
ingest is read back into the table's shape and compared with the row's "sdk_expect" (or
"expect" when the row has none). tst_sdkconformance runs the same rows against Costbench.

Needs the Pay-i SDK 0.1.0-alpha.177 and openai-python on PYTHONPATH, and their
dependencies (httpx, pydantic, wrapt). Usage: sdk_oracle.py [sdk-conformance.json]
Prints one line per row and exits 1 if any row's SDK result differs from the table.
"""
import concurrent.futures
import json
import os
import subprocess
import sys
import threading

MODEL = "gpt-5.4"


def reply(request):
    import httpx

    return httpx.Response(200, json={
        "id": "chatcmpl-oracle", "object": "chat.completion", "created": 0, "model": MODEL,
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": "a poem"}}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    })


def packet_shape(packet):
    """The ingest packet as the table writes a resolved context."""
    out = {}
    for key in ("use_case_name", "use_case_id", "use_case_step", "user_id", "account_name", "resource_scope"):
        if packet.get(key):
            out[key] = packet[key]
    if packet.get("use_case_version") is not None:
        out["use_case_version"] = packet["use_case_version"]
    if packet.get("limit_ids"):
        out["limit_ids"] = list(packet["limit_ids"])
    properties = {k: v for k, v in (packet.get("properties") or {}).items() if not k.startswith("system.")}
    if properties:
        out["request_properties"] = properties
    if packet.get("use_case_properties"):
        out["use_case_properties"] = packet["use_case_properties"]
    out["log_prompt_and_response"] = "provider_request_json" in packet
    if packet.get("category") != "system.openai":
        out["price_as_category"] = packet.get("category")
    if packet.get("resource") != MODEL:
        out["price_as_resource"] = packet.get("resource")
    return out


def run_row(row):
    import httpx
    import openai
    import payi.lib.instrument as instrument

    config = {"global_instrumentation": "global" in row, "offline_instrumentation": {"file_name": os.devnull}}
    config.update(row.get("global", {}))
    instrument.payi_instrument(config=config, log_prompt_and_response=row.get("log", True))
    client = openai.OpenAI(api_key="oracle", base_url="http://provider.invalid/v1",
                           http_client=httpx.Client(transport=httpx.MockTransport(reply)))
    packets = instrument._instrumentor._offline_ingest_packets
    ids = []
    result = {}

    def call():
        before = len(packets)
        try:
            client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "hi"}],
                                           extra_headers=row.get("headers", {}))
        except Exception as error:  # the SDK raises before the provider call
            result["value"] = {"error": "invalid_header", "raised": type(error).__name__}
            return
        result["value"] = packet_shape(packets[-1]) if len(packets) > before else None

    def level(n):
        ids.append(instrument.get_context().get("use_case_id") or "")
        if n == len(row["scopes"]):
            if row.get("thread") == "bind":
                with concurrent.futures.ThreadPoolExecutor(1) as pool:
                    pool.submit(call).result()
            elif row.get("thread") == "thread":
                worker = threading.Thread(target=call)
                worker.start()
                worker.join()
            else:
                call()
            return
        scope = dict(row["scopes"][n])
        kind = scope.pop("kind")
        if kind == "track":
            instrument.track(**scope)(lambda: level(n + 1))()
        else:
            with instrument.track_context(**scope):
                level(n + 1)

    level(0)
    return {"ids": ids, "result": result.get("value")}


def matches(want, got, ids):
    if want is None or got is None or "error" in want:
        return (want is None and got is None) or (want is not None and got is not None
                                                   and want.get("error") == got.get("error"))
    want = dict(want)
    want.setdefault("log_prompt_and_response", True)
    wanted_id = want.get("use_case_id", "")
    if wanted_id == "@new":
        if not got.get("use_case_id") or got.get("use_case_id") in ids[:-1]:  # made by the innermost scope
            return False
        want["use_case_id"] = got["use_case_id"]
    elif wanted_id.startswith("@"):
        want["use_case_id"] = ids[int(wanted_id[1:])]
    if "limit_ids" in want and "limit_ids" in got:  # the SDK's union is a set: no order
        want["limit_ids"] = sorted(want["limit_ids"])
        got = dict(got, limit_ids=sorted(got["limit_ids"]))
    return want == got


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--row":
        print(json.dumps(run_row(json.loads(sys.argv[2]))))
        return 0
    table = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "sdk-conformance.json")
    failed = 0
    rows = json.load(open(table))
    for row in rows:
        run = subprocess.run([sys.executable, __file__, "--row", json.dumps(row)], capture_output=True, text=True)
        if run.returncode != 0:
            failed += 1
            print(f"ERROR {row['row']}: {run.stderr.strip().splitlines()[-1:]}")
            continue
        outcome = json.loads(run.stdout.strip().splitlines()[-1])
        want = row.get("sdk_expect", row["expect"])
        ok = matches(want, outcome["result"], outcome["ids"])
        failed += not ok
        print(f"{'PASS ' if ok else 'FAIL '} {row['row']}" + ("" if ok else f"\n  want {want}\n  got  {outcome}"))
    print(f"{len(rows) - failed} of {len(rows)} rows agree with the SDK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
