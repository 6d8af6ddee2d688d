# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from .calls import (
    Calls,
    AsyncCalls,
    CallsWithRawResponse,
    AsyncCallsWithRawResponse,
    CallsWithStreamingResponse,
    AsyncCallsWithStreamingResponse,
)
from .realtime import (
    Realtime,
    AsyncRealtime,
    RealtimeWithRawResponse,
    AsyncRealtimeWithRawResponse,
    RealtimeWithStreamingResponse,
    AsyncRealtimeWithStreamingResponse,
)
from .client_secrets import (
    ClientSecrets,
    AsyncClientSecrets,
    ClientSecretsWithRawResponse,
    AsyncClientSecretsWithRawResponse,
    ClientSecretsWithStreamingResponse,
    AsyncClientSecretsWithStreamingResponse,
)

__all__ = [
    "ClientSecrets",
    "AsyncClientSecrets",
    "ClientSecretsWithRawResponse",
    "AsyncClientSecretsWithRawResponse",
    "ClientSecretsWithStreamingResponse",
    "AsyncClientSecretsWithStreamingResponse",
    "Calls",
    "AsyncCalls",
    "CallsWithRawResponse",
    "AsyncCallsWithRawResponse",
    "CallsWithStreamingResponse",
    "AsyncCallsWithStreamingResponse",
    "Realtime",
    "AsyncRealtime",
    "RealtimeWithRawResponse",
    "AsyncRealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "AsyncRealtimeWithStreamingResponse",
]
