# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``XComCollectionItem`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from pydantic import StrictInt, StrictStr

from airflow_client.client.base_model import ApiModel, AwareDatetime


class XComCollectionItem(ApiModel):
    """XComCollectionItem (fields: see ``docs/XComCollectionItem.md``)."""

    key: Optional[StrictStr] = None
    timestamp: Optional[AwareDatetime] = None
    execution_date: Optional[AwareDatetime] = None
    map_index: Optional[StrictInt] = None
    task_id: Optional[StrictStr] = None
    dag_id: Optional[StrictStr] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()
    __naive_utc__: ClassVar[FrozenSet[str]] = frozenset({"timestamp", "execution_date"})
