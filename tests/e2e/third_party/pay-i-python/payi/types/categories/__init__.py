# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from __future__ import annotations

from .resource_list_params import ResourceListParams as ResourceListParams
from .resource_create_params import ResourceCreateParams as ResourceCreateParams
