# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DagWarning`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.base_model import ApiModel, AwareDatetime


class DagWarning(ApiModel):
    """DagWarning (fields: see ``docs/DagWarning.md``)."""

    dag_id: Optional[str] = None
    warning_type: Optional[str] = None
    message: Optional[str] = None
    timestamp: Optional[AwareDatetime] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset({"dag_id", "warning_type", "message", "timestamp"})
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()
