"""Runs one Python file as __main__ with the vendored Pay-i SDK and openai-python, isolated as
run_seed_app.py runs the seed's app (its import sets up sys.path the same way):

    /usr/bin/python3 -I tests/e2e/run_sdk_script.py FILE

Environment: as run_seed_app.py (E2E_THIRD_PARTY, E2E_PYCACHE, and the SDKs' PAYI_* and OPENAI_*).
"""
import os
import runpy
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # -I leaves this folder out
sys.dont_write_bytecode = True  # no __pycache__ in the source tree for run_seed_app itself
import run_seed_app  # noqa: E402,F401  the vendored SDKs first on sys.path, bytecode kept aside

sys.dont_write_bytecode = not os.environ.get("E2E_PYCACHE")  # the SDKs' own go to E2E_PYCACHE

runpy.run_path(sys.argv[1], run_name="__main__")
