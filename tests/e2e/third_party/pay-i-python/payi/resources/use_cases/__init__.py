# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from .kpis import (
    KpisResource,
    AsyncKpisResource,
    KpisResourceWithRawResponse,
    AsyncKpisResourceWithRawResponse,
    KpisResourceWithStreamingResponse,
    AsyncKpisResourceWithStreamingResponse,
)
from .use_cases import (
    UseCasesResource,
    AsyncUseCasesResource,
    UseCasesResourceWithRawResponse,
    AsyncUseCasesResourceWithRawResponse,
    UseCasesResourceWithStreamingResponse,
    AsyncUseCasesResourceWithStreamingResponse,
)
from .properties import (
    PropertiesResource,
    AsyncPropertiesResource,
    PropertiesResourceWithRawResponse,
    AsyncPropertiesResourceWithRawResponse,
    PropertiesResourceWithStreamingResponse,
    AsyncPropertiesResourceWithStreamingResponse,
)
from .definitions import (
    DefinitionsResource,
    AsyncDefinitionsResource,
    DefinitionsResourceWithRawResponse,
    AsyncDefinitionsResourceWithRawResponse,
    DefinitionsResourceWithStreamingResponse,
    AsyncDefinitionsResourceWithStreamingResponse,
)

__all__ = [
    "KpisResource",
    "AsyncKpisResource",
    "KpisResourceWithRawResponse",
    "AsyncKpisResourceWithRawResponse",
    "KpisResourceWithStreamingResponse",
    "AsyncKpisResourceWithStreamingResponse",
    "DefinitionsResource",
    "AsyncDefinitionsResource",
    "DefinitionsResourceWithRawResponse",
    "AsyncDefinitionsResourceWithRawResponse",
    "DefinitionsResourceWithStreamingResponse",
    "AsyncDefinitionsResourceWithStreamingResponse",
    "PropertiesResource",
    "AsyncPropertiesResource",
    "PropertiesResourceWithRawResponse",
    "AsyncPropertiesResourceWithRawResponse",
    "PropertiesResourceWithStreamingResponse",
    "AsyncPropertiesResourceWithStreamingResponse",
    "UseCasesResource",
    "AsyncUseCasesResource",
    "UseCasesResourceWithRawResponse",
    "AsyncUseCasesResourceWithRawResponse",
    "UseCasesResourceWithStreamingResponse",
    "AsyncUseCasesResourceWithStreamingResponse",
]
