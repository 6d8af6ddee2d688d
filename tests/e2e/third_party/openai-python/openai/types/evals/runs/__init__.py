# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from __future__ import annotations

from .output_item_list_params import OutputItemListParams as OutputItemListParams
from .output_item_list_response import OutputItemListResponse as OutputItemListResponse
from .output_item_retrieve_response import OutputItemRetrieveResponse as OutputItemRetrieveResponse
