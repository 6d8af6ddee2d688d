# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from .requests import (
    RequestsResource,
    AsyncRequestsResource,
    RequestsResourceWithRawResponse,
    AsyncRequestsResourceWithRawResponse,
    RequestsResourceWithStreamingResponse,
    AsyncRequestsResourceWithStreamingResponse,
)
from .request_id import (
    RequestIDResource,
    AsyncRequestIDResource,
    RequestIDResourceWithRawResponse,
    AsyncRequestIDResourceWithRawResponse,
    RequestIDResourceWithStreamingResponse,
    AsyncRequestIDResourceWithStreamingResponse,
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
    "RequestIDResource",
    "AsyncRequestIDResource",
    "RequestIDResourceWithRawResponse",
    "AsyncRequestIDResourceWithRawResponse",
    "RequestIDResourceWithStreamingResponse",
    "AsyncRequestIDResourceWithStreamingResponse",
    "ResponseIDResource",
    "AsyncResponseIDResource",
    "ResponseIDResourceWithRawResponse",
    "AsyncResponseIDResourceWithRawResponse",
    "ResponseIDResourceWithStreamingResponse",
    "AsyncResponseIDResourceWithStreamingResponse",
    "RequestsResource",
    "AsyncRequestsResource",
    "RequestsResourceWithRawResponse",
    "AsyncRequestsResourceWithRawResponse",
    "RequestsResourceWithStreamingResponse",
    "AsyncRequestsResourceWithStreamingResponse",
]
