"""End-to-end: the seed's Flask app, with the real Pay-i SDK (0.1.0-alpha.177) and openai-python
(2.34.0), reporting to a real `costbench --headless`; checked through Costbench's HTTP API.

    python3 test_seed_app.py --costbench PATH --mode as_written|payi_client|proxy [--python PY]

1. Starts `costbench --headless --port 0 --token KEY` on a fresh data folder, and the seed's app
   (run_seed_app.py MODE, under Debian's python3 -I: Debian's packages and the vendored SDKs only)
   with PAYI_BASE_URL = Costbench and OPENAI_BASE_URL = Costbench's /sim/v1.
2. Creates documents and appends to them through the app, first one at a time, then many at once.
3. Checks GET /events and the use-case reads:
   - as_written (the seed's text: global_instrumentation False, no Payi client): the SDK sends
     nothing, so nothing arrives, though every request was answered by the model;
   - payi_client (payi=Payi()) and proxy ("proxy": True, the client on payi_openai_url()): every
     call arrives once, priced, each create its own instance of create_document, each append
     on its document's id in append_document, no user and no limit (the app sets none).
Exits 0 when every check passed; prints what failed otherwise.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
KEY = "e2e-key"                    # Costbench's --token; the SDKs' PAYI_API_KEY and OPENAI_API_KEY
DEADLINE_S = 150                   # the whole run; ctest's TIMEOUT is above it
START_TIMEOUT_S = 90               # a cold start of the app compiles 1,400 files of bytecode

SEQUENTIAL_CREATES = 3             # their documents are the ones appended to
CONCURRENT_CREATES = 8
APPENDS = {0: 2, 1: 3, 2: 4}       # document index -> appends (the first one of document 0 alone)


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def http(method, url, body=None, headers=None, timeout=30):
    """(status, parsed JSON or text) of one request."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            status, raw = answer.status, answer.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw.decode("utf-8", "replace")


class Child:
    """A child process whose first line matching `pattern` gives its URL; stdout and stderr kept."""

    def __init__(self, name, argv, env, pattern, log_dir, registry):
        self.name = name
        self.err_path = os.path.join(log_dir, name + ".stderr")
        self.err = open(self.err_path, "wb")
        self.process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=self.err,
                                        stdin=subprocess.DEVNULL)
        registry.append(self)  # stopped by whoever holds the registry, whatever happens next
        self.lines = []
        found = threading.Event()
        self.url = None

        def read():
            for raw in self.process.stdout:
                line = raw.decode("utf-8", "replace").rstrip("\n")
                self.lines.append(line)
                m = re.match(pattern, line)
                if m and not found.is_set():
                    self.url = m.group(1)
                    found.set()
            found.set()

        threading.Thread(target=read, daemon=True).start()
        found.wait(START_TIMEOUT_S)
        if not self.url:
            self.stop()
            raise Failure("%s did not print its address within %d s (exit %s); stdout %r; stderr:\n%s"
                          % (name, START_TIMEOUT_S, self.process.poll(), self.lines, self.stderr()))

    def stderr(self):
        self.err.flush()
        with open(self.err_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def stop(self, timeout=20):
        """SIGTERM, then the exit code (None if it had to be killed)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                return None
        return self.process.returncode


def start_costbench(program, work, children):
    """`costbench --headless` on a free port with a fresh data folder in work and --token KEY;
    returns it and the environment it was given (without PAYI_* and OPENAI_*: Costbench must
    not forward to a Pay-i of its own, nor call a real provider)."""
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("PAYI_", "OPENAI_"))}
    base_env.update(LC_ALL="C.UTF-8", LANG="C.UTF-8")
    costbench = Child("costbench",
                      [program, "--headless", "--port", "0", "--data-dir", os.path.join(work, "data"),
                       "--token", KEY, "--sim-latency-ms", "0"],
                      dict(base_env, HOME=work), r"^listening on (http://127\.0\.0\.1:\d+)$", work, children)
    return costbench, base_env


def report_children(children):
    """Each child's last words, after a failure."""
    for child in children:
        print("--- %s stderr (last 4000 characters):\n%s" % (child.name, child.stderr()[-4000:]))


def clean_up(children, work):
    """Stops every child still running and removes the work folder."""
    for child in children:
        child.stop()
    shutil.rmtree(work, ignore_errors=True)
    sys.stdout.flush()


def all_events(costbench):
    auth = {"Authorization": "Bearer " + KEY}
    events, after = [], 0
    while True:
        status, page = http("GET", "%s/events?after=%d&limit=1000" % (costbench, after), headers=auth)
        check(status == 200, "GET /events answered %s: %s" % (status, page))
        events += page["events"]
        if not page["events"]:
            return events
        after = page["next_after"]


def instances(costbench, use_case):
    status, page = http("GET", "%s/use-cases/%s/instances?limit=1000" % (costbench, use_case),
                        headers={"Authorization": "Bearer " + KEY})
    check(status == 200, "GET /use-cases/%s/instances answered %s: %s" % (use_case, status, page))
    return {i["use_case_id"]: i for i in page["instances"]}


def create_prompt(i):
    # Prompts of different lengths: each create's call has its own count of input tokens.
    return "a short poem about " + " ".join(["rivers"] * (4 + 6 * i))


def append_text(doc_index):
    # Each document's appends send the same text, longer for a later document: the events of one
    # document share one count of input tokens, and the counts rise with the document's index.
    return "and then " + " ".join(["winter"] * (5 + 15 * doc_index))


def drive(app):
    """The requests a QA engineer would send; returns (creates, appends) as lists of
    (request, status, answer)."""
    creates, appends = [], []

    def create(i):
        status, answer = http("POST", app + "/documents", {"prompt": create_prompt(i)}, timeout=60)
        return ("create %d" % i, status, answer)

    def append(doc_index, doc_id):
        status, answer = http("POST", "%s/documents/%s/append" % (app, doc_id),
                              {"text": append_text(doc_index)}, timeout=60)
        return ("append to document %d" % doc_index, status, answer)

    for i in range(SEQUENTIAL_CREATES):
        creates.append(create(i))
    for request, status, answer in creates:
        check(status == 200 and isinstance(answer, dict) and answer.get("document_id"),
              "%s through the seed's app answered %s: %s" % (request, status, str(answer)[:2000]))
    docs = [answer["document_id"] for _, _, answer in creates]
    appends.append(append(0, docs[0]))

    jobs = [("create", SEQUENTIAL_CREATES + i) for i in range(CONCURRENT_CREATES)]
    jobs += [("append", d) for d, n in APPENDS.items() for _ in range(n - (1 if d == 0 else 0))]
    jobs = jobs[::2] + jobs[1::2]  # interleave creates and appends
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = [(kind, pool.submit(create, arg) if kind == "create" else pool.submit(append, arg, docs[arg]))
                   for kind, arg in jobs]
        for kind, future in futures:
            (creates if kind == "create" else appends).append(future.result())
    for request, status, answer in creates + appends:
        check(status == 200 and isinstance(answer, dict) and answer.get("content"),
              "%s through the seed's app answered %s: %s" % (request, status, str(answer)[:2000]))
    return docs, creates, appends


def check_nothing_arrived(costbench, app_stderr, calls):
    events = all_events(costbench)
    check(events == [], "as the seed writes it, the SDK has no Pay-i client and should send nothing; "
          "Costbench recorded %d events: %s" % (len(events), json.dumps(events[:2])[:2000]))
    said = app_stderr.count("No payi instance to ingest units")
    check(said == calls, "the SDK should log 'No payi instance to ingest units' once per call (%d); "
          "it did %d times. The app's stderr:\n%s" % (calls, said, app_stderr[-3000:]))
    print("as_written: %d calls answered by the model, none reached Costbench; the SDK logged "
          "'No payi instance to ingest units' %d times" % (calls, said))


def check_attribution(costbench, mode, docs, creates, appends):
    expected = len(creates) + len(appends)
    # The proxy answers before its call's event is on disk (docs/http-api.md, the proxy's
    # answer): give the ledger's queue ten seconds to catch up; ingest answers once durable.
    deadline = time.monotonic() + 10
    events = all_events(costbench)
    while len(events) < expected and time.monotonic() < deadline:
        time.sleep(0.1)
        events = all_events(costbench)
    check(len(events) == expected, "expected %d events (one per call), Costbench recorded %d: %s"
          % (expected, len(events), json.dumps([(e.get("use_case_name"), e.get("use_case_id")) for e in events])))

    for e in events:
        where = "event %s (%s, %s)" % (e["seq"], e["use_case_name"], e["use_case_id"])
        check(e["category"] == "system.openai" and e["resource"] == "gpt-5.4",
              "%s: category/resource %s/%s" % (where, e["category"], e["resource"]))
        check(e["http_status_code"] == 200 and e["failure"] is None,
              "%s: status %s, failure %s" % (where, e["http_status_code"], e["failure"]))
        check(e["user_id"] == "" and e["limit_ids"] == [] and e["limits"] == {} and e["blocked_limit_ids"] == [],
              "%s: the app sets no user and no limit; got user %r, limits %r / %r" %
              (where, e["user_id"], e["limit_ids"], e["limits"]))
        check(not e["price"]["unknown_resource"] and float(e["cost"]["total"]) > 0,
              "%s: not priced: %s %s" % (where, e["price"], e["cost"]))
        check(e["units"].get("text", {}).get("input", 0) > 0, "%s: no input tokens: %s" % (where, e["units"]))
        check(e["use_case_name"] in ("create_document", "append_document"), "%s: unexpected use case" % where)
        if mode == "payi_client":
            origins = e["attribution"]["origins"]
            check(origins.get("use_case_name") == "call_header" and origins.get("use_case_id") == "call_header",
                  "%s: the ingested attribution should come from the SDK's headers: %s" % (where, origins))
        # The SDK sends the call's stack (request property system.stack_trace): the call was made
        # by the endpoint its use case names, whatever ran beside it.
        stack = e["attribution"].get("request_properties", {}).get("system.stack_trace")
        if stack is not None:
            check(("in %s" % e["use_case_name"]) in stack,
                  "%s: the call's stack does not pass through %s: %s" % (where, e["use_case_name"], stack[-800:]))

    # Creates: each its own instance of create_document (an id the SDK generated, not a document's).
    made = [e for e in events if e["use_case_name"] == "create_document"]
    ids = [e["use_case_id"] for e in made]
    check(len(made) == len(creates), "expected %d create_document calls, got %d" % (len(creates), len(made)))
    check(all(ids) and len(set(ids)) == len(ids),
          "each create should be its own instance of create_document; use_case_ids: %s" % ids)
    check(not set(ids) & set(docs), "a create_document instance carries a document's id: %s" % (set(ids) & set(docs)))
    inputs = sorted(e["units"]["text"]["input"] for e in made)
    check(len(set(inputs)) == len(inputs),
          "each create sent a prompt of its own length; the events' input tokens repeat (%s): "
          "a call was recorded twice or another lost" % inputs)
    listed = instances(costbench, "create_document")
    check(set(listed) == set(ids) and all(i["calls"] == 1 for i in listed.values()),
          "GET /use-cases/create_document/instances: %s" % {k: v["calls"] for k, v in listed.items()})

    # Appends: on the document's id, in append_document, as many as were sent to that document.
    appended = [e for e in events if e["use_case_name"] == "append_document"]
    by_doc = collections.defaultdict(list)
    for e in appended:
        by_doc[e["use_case_id"]].append(e["units"]["text"]["input"])
    want = {docs[d]: n for d, n in APPENDS.items()}
    got = {doc: len(v) for doc, v in by_doc.items()}
    check(got == want, "appends per document id: expected %s, got %s" % (want, got))
    per_doc = [sorted(set(by_doc[docs[d]])) for d in sorted(APPENDS)]
    check(all(len(v) == 1 for v in per_doc) and [v[0] for v in per_doc] == sorted(v[0] for v in per_doc)
          and len({v[0] for v in per_doc}) == len(per_doc),
          "each document's appends sent one text, longer for a later document; input tokens per "
          "document (in document order): %s: an append was attributed to another document" % per_doc)
    listed = instances(costbench, "append_document")
    check({k: v["calls"] for k, v in listed.items()} == want,
          "GET /use-cases/append_document/instances: %s, expected %s"
          % ({k: v["calls"] for k, v in listed.items()}, want))
    print("%s: %d calls recorded once each: %d create_document instances (input tokens %s); "
          "appends per document %s (input tokens %s)"
          % (mode, len(events), len(made), inputs, [want[docs[d]] for d in sorted(APPENDS)],
             [v[0] for v in per_doc]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--costbench", required=True)
    parser.add_argument("--mode", required=True, choices=("as_written", "payi_client", "proxy"))
    parser.add_argument("--python", default="/usr/bin/python3",
                        help="the interpreter for the app: Debian's (default /usr/bin/python3)")
    parser.add_argument("--pycache", help="where the app keeps its bytecode (default: none kept)")
    parser.add_argument("--third-party", required=True,
                        help="where third_party/python-sdks.tar.xz is unpacked (CMake does it at configure time)")
    args = parser.parse_args()

    started = time.monotonic()
    children = []

    def give_up():
        print("FAILED (%s): not done after %d s" % (args.mode, DEADLINE_S), flush=True)
        for child in children:
            child.process.kill()
        os._exit(3)

    deadline = threading.Timer(DEADLINE_S, give_up)
    deadline.daemon = True
    deadline.start()
    work = tempfile.mkdtemp(prefix="e2e-seed-%s-" % args.mode)
    status = 1
    try:
        costbench, base_env = start_costbench(args.costbench, work, children)
        cb = costbench.url
        # Every model call takes 150 ms, so that the concurrent requests overlap in the app.
        code, settings = http("PUT", cb + "/sim/settings", {"base_latency_ms": 150, "per_token_ms": 0},
                              headers={"Authorization": "Bearer " + KEY})
        check(code == 200, "PUT /sim/settings answered %s: %s" % (code, settings))

        app_env = dict(base_env, PAYI_BASE_URL=cb, PAYI_API_KEY=KEY, OPENAI_BASE_URL=cb + "/sim/v1",
                       OPENAI_API_KEY=KEY, HOME=work)
        app_env["E2E_THIRD_PARTY"] = args.third_party
        if args.pycache:
            app_env["E2E_PYCACHE"] = args.pycache
        app = Child("seed-app", [args.python, "-I", os.path.join(HERE, "run_seed_app.py"), args.mode],
                    app_env, r"^flask listening on (http://127\.0\.0\.1:\d+)$", work, children)
        up = time.monotonic()
        print("costbench %s, seed app (%s) %s, up in %.1f s" % (cb, args.mode, app.url, up - started))

        docs, creates, appends = drive(app.url)
        print("%d creates and %d appends answered in %.1f s" % (len(creates), len(appends), time.monotonic() - up))
        if args.mode == "as_written":
            check_nothing_arrived(cb, app.stderr(), len(creates) + len(appends))
        else:
            check("No payi instance" not in app.stderr(), "the SDK says it has no Pay-i client:\n" + app.stderr()[-3000:])
            check_attribution(cb, args.mode, docs, creates, appends)

        app.stop()
        children.remove(app)
        code = costbench.stop()
        children.remove(costbench)
        check(code == 0, "costbench exited %s on SIGTERM; stderr:\n%s" % (code, costbench.stderr()))
        print("e2e seed app, %s: passed in %.1f s" % (args.mode, time.monotonic() - started))
        status = 0
    except Failure as failure:
        print("FAILED (%s): %s" % (args.mode, failure), flush=True)
        report_children(children)
        if args.mode == "proxy" and any("NotFoundError: Error code: 404" in c.stderr() for c in children):
            print("=> this Costbench does not serve Pay-i's proxy route, POST "
                  "/api/v1/proxy/openai/v1/chat/completions (issue #20, proxy mode)")
    finally:
        clean_up(children, work)
    os._exit(status)


if __name__ == "__main__":
    main()
