# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from __future__ import annotations

from .grader_run_params import GraderRunParams as GraderRunParams
from .grader_run_response import GraderRunResponse as GraderRunResponse
from .grader_validate_params import GraderValidateParams as GraderValidateParams
from .grader_validate_response import GraderValidateResponse as GraderValidateResponse
