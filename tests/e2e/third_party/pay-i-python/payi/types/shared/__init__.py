# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from .api_error import APIError as APIError
from .ingest_units import IngestUnits as IngestUnits
from .xproxy_error import XproxyError as XproxyError
from .xproxy_result import XproxyResult as XproxyResult
from .properties_request import PropertiesRequest as PropertiesRequest
from .properties_response import PropertiesResponse as PropertiesResponse
from .pay_i_common_models_budget_management_cost_details_base import (
    PayICommonModelsBudgetManagementCostDetailsBase as PayICommonModelsBudgetManagementCostDetailsBase,
)
from .pay_i_common_models_budget_management_create_limit_base import (
    PayICommonModelsBudgetManagementCreateLimitBase as PayICommonModelsBudgetManagementCreateLimitBase,
)
