# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``TaskInstanceHistory`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from pydantic import StrictFloat, StrictInt, StrictStr

from airflow_client.client.base_model import ApiModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.task_state import TaskState


class TaskInstanceHistory(ApiModel):
    """TaskInstanceHistory (fields: see ``docs/TaskInstanceHistory.md``)."""

    task_id: Optional[StrictStr] = None
    task_display_name: Optional[StrictStr] = None
    dag_id: Optional[StrictStr] = None
    dag_run_id: Optional[StrictStr] = None
    start_date: Optional[StrictStr] = None
    end_date: Optional[StrictStr] = None
    duration: Optional[StrictFloat] = None
    state: Optional[TaskState] = None
    try_number: Optional[StrictInt] = None
    map_index: Optional[StrictInt] = None
    max_tries: Optional[StrictInt] = None
    hostname: Optional[StrictStr] = None
    unixname: Optional[StrictStr] = None
    pool: Optional[StrictStr] = None
    pool_slots: Optional[StrictInt] = None
    queue: Optional[StrictStr] = None
    priority_weight: Optional[StrictInt] = None
    operator: Optional[StrictStr] = None
    queued_when: Optional[StrictStr] = None
    pid: Optional[StrictInt] = None
    executor: Optional[StrictStr] = None
    executor_config: Optional[StrictStr] = None

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


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
