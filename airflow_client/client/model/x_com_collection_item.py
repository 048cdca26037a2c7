# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``XComCollectionItem`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class XComCollectionItem(OfficialModel):
    """XCom entry collection item.

    The value field is only available when reading a single object due to the size of the value.

    Attributes:
        key (str)
        timestamp (str)
        execution_date (str)
        map_index (int)
        task_id (str)
        dag_id (str)
    """

    key: Optional[str] = None
    timestamp: Optional[str] = None
    execution_date: Optional[str] = None
    map_index: Optional[int] = None
    task_id: Optional[str] = None
    dag_id: Optional[str] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset({"timestamp", "execution_date"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
