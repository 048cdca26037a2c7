# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Provider`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class Provider(OfficialModel):
    """The provider

    *New in version 2.1.0*

    Attributes:
        package_name (str): The package name of the provider.
        description (str): The description of the provider.
        version (str): The version of the provider.
    """

    package_name: Optional[str] = None
    """The package name of the provider."""
    description: Optional[str] = None
    """The description of the provider."""
    version: Optional[str] = None
    """The version of the provider."""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
