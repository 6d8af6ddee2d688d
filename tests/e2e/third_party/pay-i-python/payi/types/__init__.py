# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from __future__ import annotations

from .shared import (
    APIError as APIError,
    IngestUnits as IngestUnits,
    XproxyError as XproxyError,
    XproxyResult as XproxyResult,
    PropertiesRequest as PropertiesRequest,
    PropertiesResponse as PropertiesResponse,
    PayICommonModelsBudgetManagementCostDetailsBase as PayICommonModelsBudgetManagementCostDetailsBase,
    PayICommonModelsBudgetManagementCreateLimitBase as PayICommonModelsBudgetManagementCreateLimitBase,
)
from .cost_data import CostData as CostData
from .cost_details import CostDetails as CostDetails
from .requests_data import RequestsData as RequestsData
from .limit_response import LimitResponse as LimitResponse
from .request_result import RequestResult as RequestResult
from .ingest_response import IngestResponse as IngestResponse
from .total_cost_data import TotalCostData as TotalCostData
from .default_response import DefaultResponse as DefaultResponse
from .category_response import CategoryResponse as CategoryResponse
from .limit_list_params import LimitListParams as LimitListParams
from .ingest_bulk_params import IngestBulkParams as IngestBulkParams
from .limit_reset_params import LimitResetParams as LimitResetParams
from .ingest_units_params import IngestUnitsParams as IngestUnitsParams
from .limit_create_params import LimitCreateParams as LimitCreateParams
from .limit_list_response import LimitListResponse as LimitListResponse
from .limit_update_params import LimitUpdateParams as LimitUpdateParams
from .bulk_ingest_response import BulkIngestResponse as BulkIngestResponse
from .category_list_params import CategoryListParams as CategoryListParams
from .limit_history_response import LimitHistoryResponse as LimitHistoryResponse
from .category_delete_response import CategoryDeleteResponse as CategoryDeleteResponse
from .bulk_ingest_request_param import BulkIngestRequestParam as BulkIngestRequestParam
from .category_resource_response import CategoryResourceResponse as CategoryResourceResponse
from .use_case_instance_response import UseCaseInstanceResponse as UseCaseInstanceResponse
from .category_list_resources_params import CategoryListResourcesParams as CategoryListResourcesParams
from .category_delete_resource_response import CategoryDeleteResourceResponse as CategoryDeleteResourceResponse
from .pay_i_common_models_api_router_header_info_param import (
    PayICommonModelsAPIRouterHeaderInfoParam as PayICommonModelsAPIRouterHeaderInfoParam,
)
