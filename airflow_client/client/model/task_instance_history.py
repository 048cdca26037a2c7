# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``TaskInstanceHistory`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.task_state import TaskState


class TaskInstanceHistory(OfficialModel):
    """TaskInstanceHistory

    Attributes:
        task_id (str)
        task_display_name (str): Human centric display text for the task.

            *New in version 2.9.0*
        dag_id (str)
        dag_run_id (str): The DagRun ID for this task instance

            *New in version 2.3.0*
        start_date (str, nullable)
        end_date (str, nullable)
        duration (float, nullable)
        state (TaskState, nullable): Task state.

            *Changed in version 2.0.2*: 'removed' is added as a possible value.

            *Changed in version 2.2.0*: 'deferred' is added as a possible value.

            *Changed in version 2.4.0*: 'sensing' state has been removed.
            *Changed in version 2.4.2*: 'restarting' is added as a possible value

            *Changed in version 2.7.0*: Field becomes nullable and null primitive is added as a possible value.
            *Changed in version 2.7.0*: 'none' state is deprecated in favor of null.
        try_number (int)
        map_index (int)
        max_tries (int)
        hostname (str)
        unixname (str)
        pool (str)
        pool_slots (int)
        queue (str, nullable)
        priority_weight (int, nullable)
        operator (str, nullable): *Changed in version 2.1.1*: Field becomes nullable.
        queued_when (str, nullable): The datetime that the task enter the state QUEUE, also known as queue_at
        pid (int, nullable)
        executor (str, nullable): Executor the task is configured to run on or None (which indicates the default executor)

            *New in version 2.10.0*
        executor_config (str)
    """

    task_id: Optional[str] = None
    task_display_name: Optional[str] = None
    """Human centric display text for the task.

    *New in version 2.9.0*"""
    dag_id: Optional[str] = None
    dag_run_id: Optional[str] = None
    """The DagRun ID for this task instance

    *New in version 2.3.0*"""
    start_date: Optional[str] = None
    end_date: Optional[str] = None
    duration: Optional[float] = None
    state: Optional[TaskState] = None
    """Task state.

    *Changed in version 2.0.2*: 'removed' is added as a possible value.

    *Changed in version 2.2.0*: 'deferred' is added as a possible value.

    *Changed in version 2.4.0*: 'sensing' state has been removed.
    *Changed in version 2.4.2*: 'restarting' is added as a possible value

    *Changed in version 2.7.0*: Field becomes nullable and null primitive is added as a possible value.
    *Changed in version 2.7.0*: 'none' state is deprecated in favor of null."""
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
    """*Changed in version 2.1.1*: Field becomes nullable."""
    queued_when: Optional[str] = None
    """The datetime that the task enter the state QUEUE, also known as queue_at"""
    pid: Optional[int] = None
    executor: Optional[str] = None
    """Executor the task is configured to run on or None (which indicates the default executor)

    *New in version 2.10.0*"""
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
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset({"start_date", "end_date"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
