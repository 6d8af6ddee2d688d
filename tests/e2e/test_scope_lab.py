"""End-to-end: each preset of the Scope lab, exported as Python, run with the real Pay-i SDK
(0.1.0-alpha.177) and openai-python (2.34.0) against a real `costbench --headless`: the
attribution the SDK reports must be the one the lab shows.

    python3 test_scope_lab.py --costbench PATH --scenarios PATH --third-party DIR [--python PY] [--pycache DIR]

1. `scopelab_scenarios` writes every preset's Python export and what the lab computed for it
   (payi::Instrumentation::trace, the library's own merge).
2. Starts `costbench --headless --port 0`, then runs each export (run_sdk_script.py, under Debian's
   python3 -I with the vendored SDKs) with PAYI_BASE_URL = Costbench and OPENAI_BASE_URL = its
   simulated model: the SDK makes the call and reports it to Costbench's Pay-i ingest route.
3. Reads the one event each run added (GET /events) and compares its attribution with the lab's,
   field by field: limit ids as sets (the SDK's union is a set), and a use_case_id the lab shows
   as generated must be a fresh UUID on the SDK's side too.
Exits 0 when every preset agrees; prints each difference otherwise.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree for test_seed_app
from test_seed_app import KEY, Failure, all_events, check, clean_up, http, report_children, start_costbench  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ("use_case_name", "use_case_id", "use_case_version", "use_case_step", "user_id", "account_name",
          "limit_ids", "request_properties", "use_case_properties", "price_as_category", "price_as_resource",
          "resource_scope")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
LIMITS = re.compile(r'limit_ids=\[([^\]]*)\]|"xProxy-Limit-IDs": "([^"]*)"')


def with_real_limits(costbench, script, shown, limits):
    """The presets name their limits ("team-budget"); Costbench's ingest route refuses an id it
    does not know (400 invalid_limit_ids). Makes one limit per name, the first time it is seen,
    and writes its id for the name in the script and in the lab's attribution."""
    for listed, header in LIMITS.findall(script):
        names = re.findall(r'"([^"]*)"', listed) if listed else header.split(",")
        for name in filter(None, names):
            if name not in limits:
                status, limit = http("POST", costbench + "/limits",
                                     {"limit_name": name, "max": "100", "limit_type": "allow", "threshold": 0.8},
                                     headers={"Authorization": "Bearer " + KEY})
                check(status == 201 or status == 200, "POST /limits %s answered %s: %s" % (name, status, limit))
                limits[name] = limit["limit_id"]
    for name, limit_id in limits.items():
        script = script.replace(name, limit_id)
    attribution = shown.get("attribution", {})
    if "limit_ids" in attribution:
        attribution["limit_ids"] = [limits.get(i, i) for i in attribution["limit_ids"]]
    return script


def differences(shown, sent):
    """The fields on which the lab's attribution (shown) and the SDK's (sent) differ."""
    lab, sdk = shown["attribution"], dict(sent)
    # The SDK adds system properties of its own (system.stack_trace): not attribution.
    own = {k: v for k, v in (sdk.get("request_properties") or {}).items() if not k.startswith("system.")}
    sdk["request_properties"] = own or None
    found = []
    for field in FIELDS:
        a, b = lab.get(field), sdk.get(field)
        if field == "limit_ids":
            a, b = sorted(a or []), sorted(b or [])
        if field == "use_case_id" and shown["generated_use_case_id"]:
            if not (isinstance(b, str) and UUID.fullmatch(b)):
                found.append("use_case_id: the lab shows one generated, the SDK sent %r" % (b,))
            continue
        if a != b:
            found.append("%s: the lab shows %r, the SDK sent %r" % (field, a, b))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--costbench", required=True)
    parser.add_argument("--scenarios", required=True, help="the scopelab_scenarios program")
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--pycache", help="where the SDKs' bytecode is kept (default: none kept)")
    parser.add_argument("--third-party", required=True,
                        help="where third_party/python-sdks.tar.xz is unpacked (CMake does it at configure time)")
    args = parser.parse_args()
    args.third_party = os.path.abspath(args.third_party)  # the scripts run in a folder of their own

    started = time.monotonic()
    work = tempfile.mkdtemp(prefix="e2e-scope-lab-")
    children = []
    status = 1
    try:
        subprocess.run([args.scenarios, work], check=True, stdout=subprocess.DEVNULL)
        presets = sorted((f for f in os.listdir(work) if f.endswith(".json")),
                         key=lambda f: int(re.search(r"\d+", f).group()))
        check(len(presets) >= 5, "scopelab_scenarios wrote %d presets" % len(presets))

        costbench, base_env = start_costbench(args.costbench, work, children)
        cb = costbench.url
        sdk_env = dict(base_env, PAYI_BASE_URL=cb, PAYI_API_KEY=KEY, OPENAI_BASE_URL=cb + "/sim/v1",
                       OPENAI_API_KEY=KEY, HOME=work, E2E_THIRD_PARTY=args.third_party)
        if args.pycache:
            sdk_env["E2E_PYCACHE"] = args.pycache

        failed, limits = [], {}
        for name in presets:
            with open(os.path.join(work, name)) as f:
                shown = json.load(f)
            script = os.path.join(work, name[:-5] + ".py")
            with open(script) as f:
                text = with_real_limits(cb, f.read(), shown, limits)
            with open(script, "w") as f:
                f.write(text)
            before = len(all_events(cb))
            run = subprocess.run([args.python, "-I", os.path.join(HERE, "run_sdk_script.py"), script],
                                 env=sdk_env, cwd=work, capture_output=True, text=True, timeout=120)
            check(run.returncode == 0, "%s (%s) exited %d:\n%s" % (name[:-5] + ".py", shown["name"],
                                                                     run.returncode, run.stderr[-3000:]))
            # The SDK reports as the call ends, but retries a failed report later, in the background.
            deadline = time.monotonic() + 10
            while len(events := all_events(cb)[before:]) == 0 and time.monotonic() < deadline:
                time.sleep(0.2)
            check(len(events) == 1, "%s: the SDK should report one call, Costbench has %d new events; the "
                  "script's stderr:\n%s" % (shown["name"], len(events), run.stderr[-3000:]))
            found = differences(shown, events[0]["attribution"])
            print("%-20s %s" % (shown["name"], "agrees with the SDK" if not found else "DIFFERS"))
            for line in found:
                print("    " + line)
            if found:
                failed.append(shown["name"])
        check(not failed, "%d of %d presets differ from what the SDK sent: %s"
              % (len(failed), len(presets), ", ".join(failed)))
        code = costbench.stop()
        children.remove(costbench)
        check(code == 0, "costbench exited %s on SIGTERM" % code)
        print("e2e scope lab: %d presets agree with the SDK, in %.1f s" % (len(presets), time.monotonic() - started))
        status = 0
    except (Failure, subprocess.SubprocessError) as failure:
        print("FAILED: %s" % failure, flush=True)
        report_children(children)
    finally:
        clean_up(children, work)
    sys.exit(status)


if __name__ == "__main__":
    main()
