# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Role`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, List, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.core.base_model import Field
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.action_resource import ActionResource


class Role(OfficialModel):
    """a role item.

    *New in version 2.1.0*

    Attributes:
        name (str): The name of the role

            *Changed in version 2.3.0*: A minimum character length requirement ('minLength') is added.
        actions (List[ActionResource])
    """

    name: Optional[str] = Field(None, min_length=1)
    """The name of the role

    *Changed in version 2.3.0*: A minimum character length requirement ('minLength') is added."""
    actions: Optional[List[ActionResource]] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
