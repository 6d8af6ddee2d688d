# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from __future__ import annotations

from .skill_version import SkillVersion as SkillVersion
from .skill_version_list import SkillVersionList as SkillVersionList
from .version_list_params import VersionListParams as VersionListParams
from .deleted_skill_version import DeletedSkillVersion as DeletedSkillVersion
from .version_create_params import VersionCreateParams as VersionCreateParams
