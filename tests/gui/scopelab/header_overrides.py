# Scope lab: A header overrides. A per-call header replaces the context's value, limit ids too: no
# union with the scopes'.
# With the Pay-i SDK: the call goes to OPENAI_BASE_URL, its attribution to PAYI_BASE_URL.
from openai import OpenAI
from payi import Payi
from payi.lib.instrument import payi_instrument, track, track_context

payi_instrument(payi=Payi(), config={"use_case_name": "scope_lab"})
client = OpenAI()


def call_model():
    return client.chat.completions.create(
        model="gpt-5.4",
        messages=[{"role": "user", "content": "Say hello."}],
        extra_headers={"xProxy-User-ID": "bob", "xProxy-Limit-IDs": "call-budget"},
    )


@track(use_case_name="summarize", limit_ids=["team-budget"])
def scope_1():
    with track_context(user_id="alice"):
        return call_model()


scope_1()
