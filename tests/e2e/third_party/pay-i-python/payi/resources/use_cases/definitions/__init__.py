# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from .kpis import (
    KpisResource,
    AsyncKpisResource,
    KpisResourceWithRawResponse,
    AsyncKpisResourceWithRawResponse,
    KpisResourceWithStreamingResponse,
    AsyncKpisResourceWithStreamingResponse,
)
from .version import (
    VersionResource,
    AsyncVersionResource,
    VersionResourceWithRawResponse,
    AsyncVersionResourceWithRawResponse,
    VersionResourceWithStreamingResponse,
    AsyncVersionResourceWithStreamingResponse,
)
from .definitions import (
    DefinitionsResource,
    AsyncDefinitionsResource,
    DefinitionsResourceWithRawResponse,
    AsyncDefinitionsResourceWithRawResponse,
    DefinitionsResourceWithStreamingResponse,
    AsyncDefinitionsResourceWithStreamingResponse,
)
from .limit_config import (
    LimitConfigResource,
    AsyncLimitConfigResource,
    LimitConfigResourceWithRawResponse,
    AsyncLimitConfigResourceWithRawResponse,
    LimitConfigResourceWithStreamingResponse,
    AsyncLimitConfigResourceWithStreamingResponse,
)

__all__ = [
    "KpisResource",
    "AsyncKpisResource",
    "KpisResourceWithRawResponse",
    "AsyncKpisResourceWithRawResponse",
    "KpisResourceWithStreamingResponse",
    "AsyncKpisResourceWithStreamingResponse",
    "LimitConfigResource",
    "AsyncLimitConfigResource",
    "LimitConfigResourceWithRawResponse",
    "AsyncLimitConfigResourceWithRawResponse",
    "LimitConfigResourceWithStreamingResponse",
    "AsyncLimitConfigResourceWithStreamingResponse",
    "VersionResource",
    "AsyncVersionResource",
    "VersionResourceWithRawResponse",
    "AsyncVersionResourceWithRawResponse",
    "VersionResourceWithStreamingResponse",
    "AsyncVersionResourceWithStreamingResponse",
    "DefinitionsResource",
    "AsyncDefinitionsResource",
    "DefinitionsResourceWithRawResponse",
    "AsyncDefinitionsResourceWithRawResponse",
    "DefinitionsResourceWithStreamingResponse",
    "AsyncDefinitionsResourceWithStreamingResponse",
]
