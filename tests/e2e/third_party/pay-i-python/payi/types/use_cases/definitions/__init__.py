# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from __future__ import annotations

from .kpi_list_params import KpiListParams as KpiListParams
from .kpi_create_params import KpiCreateParams as KpiCreateParams
from .kpi_list_response import KpiListResponse as KpiListResponse
from .kpi_update_params import KpiUpdateParams as KpiUpdateParams
from .kpi_create_response import KpiCreateResponse as KpiCreateResponse
from .kpi_delete_response import KpiDeleteResponse as KpiDeleteResponse
from .kpi_update_response import KpiUpdateResponse as KpiUpdateResponse
from .kpi_retrieve_response import KpiRetrieveResponse as KpiRetrieveResponse
from .limit_config_create_params import LimitConfigCreateParams as LimitConfigCreateParams
