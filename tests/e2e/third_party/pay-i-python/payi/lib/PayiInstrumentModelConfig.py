from __future__ import annotations

from typing import Optional, TypedDict


class PayiInstrumentModelConfig(TypedDict, total=False):
    tokenizer_path: Optional[str]
