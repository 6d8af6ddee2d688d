"""Stand-in for the Rust `tiktoken` extension. payi calls tiktoken only inside try/except, to estimate
image (vision) prompt tokens; offline, real tiktoken fails the same way (it downloads its BPE file)."""
__version__ = "0.0.0-shim"
class Encoding:
    pass
def encoding_for_model(model_name):
    raise RuntimeError("tiktoken shim: no BPE data offline")
def get_encoding(encoding_name):
    raise RuntimeError("tiktoken shim: no BPE data offline")
