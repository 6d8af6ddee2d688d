# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from .items import (
    Items,
    AsyncItems,
    ItemsWithRawResponse,
    AsyncItemsWithRawResponse,
    ItemsWithStreamingResponse,
    AsyncItemsWithStreamingResponse,
)
from .conversations import (
    Conversations,
    AsyncConversations,
    ConversationsWithRawResponse,
    AsyncConversationsWithRawResponse,
    ConversationsWithStreamingResponse,
    AsyncConversationsWithStreamingResponse,
)

__all__ = [
    "Items",
    "AsyncItems",
    "ItemsWithRawResponse",
    "AsyncItemsWithRawResponse",
    "ItemsWithStreamingResponse",
    "AsyncItemsWithStreamingResponse",
    "Conversations",
    "AsyncConversations",
    "ConversationsWithRawResponse",
    "AsyncConversationsWithRawResponse",
    "ConversationsWithStreamingResponse",
    "AsyncConversationsWithStreamingResponse",
]
