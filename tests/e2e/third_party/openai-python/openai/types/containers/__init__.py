# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from __future__ import annotations

from .file_list_params import FileListParams as FileListParams
from .file_create_params import FileCreateParams as FileCreateParams
from .file_list_response import FileListResponse as FileListResponse
from .file_create_response import FileCreateResponse as FileCreateResponse
from .file_retrieve_response import FileRetrieveResponse as FileRetrieveResponse
