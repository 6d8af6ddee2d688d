# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

__title__ = "payi"
__version__ = "0.1.0-alpha.177"  # x-release-please-version
