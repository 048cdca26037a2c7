# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``ExtraLink`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.class_reference import ClassReference


class ExtraLink(OfficialModel):
    """Additional links containing additional information about the task.

    Attributes:
        class_ref (ClassReference): Class reference
        name (str, read-only)
        href (str, read-only)
    """

    class_ref: Optional[ClassReference] = None
    """Class reference"""
    name: Optional[str] = None
    href: Optional[str] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset({"name", "href"})
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
