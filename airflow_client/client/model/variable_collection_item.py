# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``VariableCollectionItem`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class VariableCollectionItem(OfficialModel):
    """XCom entry collection item.
    The value field are only available when retrieving a single object due to the sensitivity of this data.

    Attributes:
        key (str)
        description (str, nullable): The description of the variable.

            *New in version 2.4.0*
    """

    key: Optional[str] = None
    description: Optional[str] = None
    """The description of the variable.

    *New in version 2.4.0*"""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"description"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
