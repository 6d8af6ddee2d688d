# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from .result import (
    ResultResource,
    AsyncResultResource,
    ResultResourceWithRawResponse,
    AsyncResultResourceWithRawResponse,
    ResultResourceWithStreamingResponse,
    AsyncResultResourceWithStreamingResponse,
)
from .properties import (
    PropertiesResource,
    AsyncPropertiesResource,
    PropertiesResourceWithRawResponse,
    AsyncPropertiesResourceWithRawResponse,
    PropertiesResourceWithStreamingResponse,
    AsyncPropertiesResourceWithStreamingResponse,
)
from .response_id import (
    ResponseIDResource,
    AsyncResponseIDResource,
    ResponseIDResourceWithRawResponse,
    AsyncResponseIDResourceWithRawResponse,
    ResponseIDResourceWithStreamingResponse,
    AsyncResponseIDResourceWithStreamingResponse,
)

__all__ = [
    "ResultResource",
    "AsyncResultResource",
    "ResultResourceWithRawResponse",
    "AsyncResultResourceWithRawResponse",
    "ResultResourceWithStreamingResponse",
    "AsyncResultResourceWithStreamingResponse",
    "PropertiesResource",
    "AsyncPropertiesResource",
    "PropertiesResourceWithRawResponse",
    "AsyncPropertiesResourceWithRawResponse",
    "PropertiesResourceWithStreamingResponse",
    "AsyncPropertiesResourceWithStreamingResponse",
    "ResponseIDResource",
    "AsyncResponseIDResource",
    "ResponseIDResourceWithRawResponse",
    "AsyncResponseIDResourceWithRawResponse",
    "ResponseIDResourceWithStreamingResponse",
    "AsyncResponseIDResourceWithStreamingResponse",
]
