"""The seed's Flask document app (from the Pay-i guide "Instrumenting a Web Server"), served
threaded, calling the same simulated model over the same OpenAI wire format. Pay-i's
Python SDK is not installable here, so this measures the seed's web stack without its
tracking: a floor for what the Python stack costs, not a like-for-like of the library.

    python3 seed_app.py PORT SIM_BASE_URL
"""
import sys
import uuid

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
SIM = sys.argv[2].rstrip("/") + "/chat/completions"
documents = {}
session = requests.Session()
session.mount("http://", requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=4096))


def complete(messages):
    reply = session.post(SIM, json={"model": "gpt-5.4", "messages": messages}, timeout=60)
    reply.raise_for_status()
    return reply.json()["choices"][0]["message"]["content"]


@app.route("/documents", methods=["POST"])
def create_document():
    prompt = request.json["prompt"]
    poem = complete([
        {"role": "system", "content": "You are a poet. Write a short poem based on the user's prompt."},
        {"role": "user", "content": prompt},
    ])
    document_id = str(uuid.uuid4())
    documents[document_id] = poem
    return jsonify({"document_id": document_id, "content": poem}), 201


@app.route("/healthz")
def healthz():
    return jsonify({"status": "ok"})


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(sys.argv[1]), threaded=True)
