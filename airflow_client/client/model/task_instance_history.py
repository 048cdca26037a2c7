# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``TaskInstanceHistory`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.base_model import ApiModel, AwareDatetime
from airflow_client.client.model.task_state import TaskState


class TaskInstanceHistory(ApiModel):
    """TaskInstanceHistory (fields: see ``docs/TaskInstanceHistory.md``)."""

    task_id: Optional[str] = None
    task_display_name: Optional[str] = None
    dag_id: Optional[str] = None
    dag_run_id: Optional[str] = None
    start_date: Optional[AwareDatetime] = None
    end_date: Optional[AwareDatetime] = None
    duration: Optional[float] = None
    state: Optional[TaskState] = None
    try_number: Optional[int] = None
    map_index: Optional[int] = None
    max_tries: Optional[int] = None
    hostname: Optional[str] = None
    unixname: Optional[str] = None
    pool: Optional[str] = None
    pool_slots: Optional[int] = None
    queue: Optional[str] = None
    priority_weight: Optional[int] = None
    operator: Optional[str] = None
    queued_when: Optional[str] = None
    pid: Optional[int] = None
    executor: Optional[str] = None
    executor_config: Optional[str] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {
            "start_date",
            "end_date",
            "duration",
            "state",
            "queue",
            "priority_weight",
            "operator",
            "queued_when",
            "pid",
            "executor",
        }
    )
