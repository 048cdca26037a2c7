# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``ActionResource`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.action import Action
from airflow_client.client.model.resource import Resource


class ActionResource(OfficialModel):
    """The Action-Resource item.

    *New in version 2.1.0*

    Attributes:
        action (Action): The permission action
        resource (Resource): The permission resource
    """

    action: Optional[Action] = None
    """The permission action"""
    resource: Optional[Resource] = None
    """The permission resource"""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
