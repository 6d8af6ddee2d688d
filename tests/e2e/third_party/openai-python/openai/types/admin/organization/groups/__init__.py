# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from __future__ import annotations

from .role_list_params import RoleListParams as RoleListParams
from .user_list_params import UserListParams as UserListParams
from .role_create_params import RoleCreateParams as RoleCreateParams
from .role_list_response import RoleListResponse as RoleListResponse
from .user_create_params import UserCreateParams as UserCreateParams
from .role_create_response import RoleCreateResponse as RoleCreateResponse
from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
from .user_create_response import UserCreateResponse as UserCreateResponse
from .user_delete_response import UserDeleteResponse as UserDeleteResponse
from .organization_group_user import OrganizationGroupUser as OrganizationGroupUser
