# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from __future__ import annotations

from .kpi_list_params import KpiListParams as KpiListParams
from .kpi_list_response import KpiListResponse as KpiListResponse
from .kpi_update_params import KpiUpdateParams as KpiUpdateParams
from .definition_list_params import DefinitionListParams as DefinitionListParams
from .property_update_params import PropertyUpdateParams as PropertyUpdateParams
from .definition_create_params import DefinitionCreateParams as DefinitionCreateParams
from .definition_update_params import DefinitionUpdateParams as DefinitionUpdateParams
from .use_case_definition_response import UseCaseDefinitionResponse as UseCaseDefinitionResponse
