# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``EventLog`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.base_model import ApiModel, AwareDatetime


class EventLog(ApiModel):
    """EventLog (fields: see ``docs/EventLog.md``)."""

    event_log_id: Optional[int] = None
    when: Optional[AwareDatetime] = None
    dag_id: Optional[str] = None
    task_id: Optional[str] = None
    run_id: Optional[str] = None
    map_index: Optional[int] = None
    try_number: Optional[int] = None
    event: Optional[str] = None
    execution_date: Optional[AwareDatetime] = None
    owner: Optional[str] = None
    extra: Optional[str] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {
            "event_log_id",
            "when",
            "dag_id",
            "task_id",
            "run_id",
            "map_index",
            "try_number",
            "event",
            "execution_date",
            "owner",
            "extra",
        }
    )
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {"dag_id", "task_id", "run_id", "map_index", "try_number", "execution_date", "owner", "extra"}
    )
