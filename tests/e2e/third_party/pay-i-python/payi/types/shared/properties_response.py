# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from typing import Optional

from ..._models import BaseModel

__all__ = ["PropertiesResponse"]


class PropertiesResponse(BaseModel):
    request_id: Optional[str] = None
