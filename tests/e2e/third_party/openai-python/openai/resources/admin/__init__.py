# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from .admin import (
    Admin,
    AsyncAdmin,
    AdminWithRawResponse,
    AsyncAdminWithRawResponse,
    AdminWithStreamingResponse,
    AsyncAdminWithStreamingResponse,
)
from .organization import (
    Organization,
    AsyncOrganization,
    OrganizationWithRawResponse,
    AsyncOrganizationWithRawResponse,
    OrganizationWithStreamingResponse,
    AsyncOrganizationWithStreamingResponse,
)

__all__ = [
    "Organization",
    "AsyncOrganization",
    "OrganizationWithRawResponse",
    "AsyncOrganizationWithRawResponse",
    "OrganizationWithStreamingResponse",
    "AsyncOrganizationWithStreamingResponse",
    "Admin",
    "AsyncAdmin",
    "AdminWithRawResponse",
    "AsyncAdminWithRawResponse",
    "AdminWithStreamingResponse",
    "AsyncAdminWithStreamingResponse",
]
