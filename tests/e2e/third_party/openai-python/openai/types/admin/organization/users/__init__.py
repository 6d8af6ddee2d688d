# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from __future__ import annotations

from .role_list_params import RoleListParams as RoleListParams
from .role_create_params import RoleCreateParams as RoleCreateParams
from .role_list_response import RoleListResponse as RoleListResponse
from .role_create_response import RoleCreateResponse as RoleCreateResponse
from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
