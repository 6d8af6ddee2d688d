# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from .ingest_units import IngestUnits as IngestUnits
from .pay_i_common_models_budget_management_create_limit_base import (
    PayICommonModelsBudgetManagementCreateLimitBase as PayICommonModelsBudgetManagementCreateLimitBase,
)
