"""Pure-Python stand-in for the Rust `jiter` extension. openai-python only calls jiter.from_json in
openai/lib/streaming/chat/_completions.py (partial JSON while streaming); the seed never streams."""
import json
__version__ = "0.0.0-shim"
def from_json(json_data, *, allow_inf_nan=True, cache_mode=True, partial_mode=False, catch_duplicate_keys=False, float_mode="float"):
    if isinstance(json_data, (bytes, bytearray)):
        json_data = json_data.decode("utf-8")
    try:
        return json.loads(json_data)
    except ValueError:
        if partial_mode:
            raise NotImplementedError("jiter shim: partial_mode on incomplete JSON is not supported")
        raise
