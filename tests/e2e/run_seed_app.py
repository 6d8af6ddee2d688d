"""Runs the seed's Flask app (seed_app.py, unmodified) with the real Pay-i SDK and openai-python,
in one of three modes, on a free port of 127.0.0.1. Prints "flask listening on http://127.0.0.1:PORT"
once it serves, then serves until SIGTERM.

Run it with Debian's own interpreter in isolated mode, so that it sees only what a fresh Debian 12
has plus the vendored SDKs:

    /usr/bin/python3 -I tests/e2e/run_seed_app.py MODE

`-I` drops PYTHONPATH, the user's site-packages and the script's folder; this launcher then drops
/usr/local (where pip puts what Debian does not ship) and puts the vendored folders first. What
is left is /usr/lib/python3.11 and Debian's /usr/lib/python3/dist-packages (python3-flask,
python3-pydantic 1.10, python3-httpx 0.23, ...: installer/install-deps.sh).

MODE (the seed's code is the same in all three; only what the mode needs is changed, from here):
  as_written   the seed's text exactly: payi_instrument(config={"global_instrumentation": False})
  payi_client  the same, with payi=Payi() passed to payi_instrument (ingest mode that sends)
  proxy        config "proxy": True, and the OpenAI client made as Pay-i's proxy mode wants it:
               OpenAI(base_url=payi_openai_url(), default_headers={"xProxy-api-key": key})

Environment: PAYI_BASE_URL, PAYI_API_KEY, OPENAI_BASE_URL, OPENAI_API_KEY (read by the SDKs),
E2E_THIRD_PARTY (where third_party/python-sdks.tar.xz is unpacked: CMake unpacks it into the
build tree at configure time), E2E_PYCACHE (optional: where to keep the bytecode, so that the
source tree stays clean).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
THIRD_PARTY = os.environ["E2E_THIRD_PARTY"]
VENDORED = [
    os.path.join(THIRD_PARTY, "pay-i-python"),
    os.path.join(THIRD_PARTY, "openai-python"),
    os.path.join(THIRD_PARTY, "typing_extensions"),
    os.path.join(HERE, "shims"),
]
sys.path[:] = VENDORED + [p for p in sys.path if p and not p.startswith("/usr/local/")]
# -I ignores PYTHONPYCACHEPREFIX: set the same thing here, before the first vendored import.
if os.environ.get("E2E_PYCACHE"):
    sys.pycache_prefix = os.environ["E2E_PYCACHE"]
else:
    sys.dont_write_bytecode = True

import logging  # noqa: E402
import runpy  # noqa: E402
import signal  # noqa: E402

MODES = ("as_written", "payi_client", "proxy")


def patch_for(mode):
    """Changes what `mode` needs before the seed's module runs: the seed imports payi_instrument
    from payi.lib.instrument and OpenAI from openai, so replacing those two names is enough."""
    if mode == "as_written":
        return
    import openai
    import payi.lib.instrument as instrument
    from payi import Payi
    from payi.lib.helpers import payi_openai_url

    original_instrument = instrument.payi_instrument

    def payi_instrument(*, config=None, **kwargs):
        config = dict(config or {})
        if mode == "payi_client":
            kwargs.setdefault("payi", Payi())
        else:
            config["proxy"] = True
        return original_instrument(config=config, **kwargs)

    instrument.payi_instrument = payi_instrument

    if mode == "proxy":
        class ProxiedOpenAI(openai.OpenAI):
            def __init__(self, **kwargs):
                kwargs.setdefault("base_url", payi_openai_url())
                headers = dict(kwargs.pop("default_headers", None) or {})
                headers.setdefault("xProxy-api-key", os.environ["PAYI_API_KEY"])
                super().__init__(default_headers=headers, **kwargs)

        openai.OpenAI = ProxiedOpenAI


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in MODES:
        sys.exit("usage: run_seed_app.py " + "|".join(MODES))
    mode = sys.argv[1]
    patch_for(mode)
    # The seed's module, run as a module, not as __main__: its `app.run(debug=True)` (the reloader,
    # port 5000) is for a person at a terminal; the test serves the same `app` on a free port.
    seed = runpy.run_path(os.path.join(HERE, "seed_app.py"), run_name="seed_app")
    app = seed["app"]

    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print("flask listening on http://127.0.0.1:%d" % server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
