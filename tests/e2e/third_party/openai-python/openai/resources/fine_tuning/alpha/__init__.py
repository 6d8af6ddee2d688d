# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from .alpha import (
    Alpha,
    AsyncAlpha,
    AlphaWithRawResponse,
    AsyncAlphaWithRawResponse,
    AlphaWithStreamingResponse,
    AsyncAlphaWithStreamingResponse,
)
from .graders import (
    Graders,
    AsyncGraders,
    GradersWithRawResponse,
    AsyncGradersWithRawResponse,
    GradersWithStreamingResponse,
    AsyncGradersWithStreamingResponse,
)

__all__ = [
    "Graders",
    "AsyncGraders",
    "GradersWithRawResponse",
    "AsyncGradersWithRawResponse",
    "GradersWithStreamingResponse",
    "AsyncGradersWithStreamingResponse",
    "Alpha",
    "AsyncAlpha",
    "AlphaWithRawResponse",
    "AsyncAlphaWithRawResponse",
    "AlphaWithStreamingResponse",
    "AsyncAlphaWithStreamingResponse",
]
