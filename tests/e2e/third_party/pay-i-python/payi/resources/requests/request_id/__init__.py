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
from .request_id import (
    RequestIDResource,
    AsyncRequestIDResource,
    RequestIDResourceWithRawResponse,
    AsyncRequestIDResourceWithRawResponse,
    RequestIDResourceWithStreamingResponse,
    AsyncRequestIDResourceWithStreamingResponse,
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
    "RequestIDResource",
    "AsyncRequestIDResource",
    "RequestIDResourceWithRawResponse",
    "AsyncRequestIDResourceWithRawResponse",
    "RequestIDResourceWithStreamingResponse",
    "AsyncRequestIDResourceWithStreamingResponse",
]
