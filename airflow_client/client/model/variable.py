# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Variable`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional, Tuple

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class Variable(OfficialModel):
    """Full representation of Variable

    Attributes:
        key (str)
        description (str, nullable): The description of the variable.

            *New in version 2.4.0*
        value (str)
    """

    key: Optional[str] = None
    description: Optional[str] = None
    """The description of the variable.

    *New in version 2.4.0*"""
    value: Optional[str] = None

    __all_of__: ClassVar[Tuple[str, ...]] = (
        "VariableCollectionItem",
        "VariableAllOf",
    )
    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"description"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
