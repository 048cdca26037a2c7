# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DAG`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, List, Optional

from pydantic import StrictBool, StrictInt, StrictStr

from airflow_client.client.base_model import ApiModel, AwareDatetime
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.schedule_interval import ScheduleInterval
from airflow_client.client.model.tag import Tag


class DAG(ApiModel):
    """DAG (fields: see ``docs/DAG.md``)."""

    dag_id: Optional[StrictStr] = None
    dag_display_name: Optional[StrictStr] = None
    root_dag_id: Optional[StrictStr] = None
    is_paused: Optional[StrictBool] = None
    is_active: Optional[StrictBool] = None
    is_subdag: Optional[StrictBool] = None
    last_parsed_time: Optional[AwareDatetime] = None
    last_pickled: Optional[AwareDatetime] = None
    last_expired: Optional[AwareDatetime] = None
    scheduler_lock: Optional[StrictBool] = None
    pickle_id: Optional[StrictStr] = None
    default_view: Optional[StrictStr] = None
    fileloc: Optional[StrictStr] = None
    file_token: Optional[StrictStr] = None
    owners: Optional[List[StrictStr]] = None
    description: Optional[StrictStr] = None
    schedule_interval: Optional[ScheduleInterval] = None
    timetable_description: Optional[StrictStr] = None
    tags: Optional[List[Tag]] = None
    max_active_tasks: Optional[StrictInt] = None
    max_active_runs: Optional[StrictInt] = None
    has_task_concurrency_limits: Optional[StrictBool] = None
    has_import_errors: Optional[StrictBool] = None
    next_dagrun: Optional[AwareDatetime] = None
    next_dagrun_data_interval_start: Optional[AwareDatetime] = None
    next_dagrun_data_interval_end: Optional[AwareDatetime] = None
    next_dagrun_create_after: Optional[AwareDatetime] = None
    max_consecutive_failed_dag_runs: Optional[StrictInt] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {
            "dag_id",
            "dag_display_name",
            "root_dag_id",
            "is_active",
            "is_subdag",
            "last_parsed_time",
            "last_pickled",
            "last_expired",
            "scheduler_lock",
            "pickle_id",
            "default_view",
            "fileloc",
            "file_token",
            "owners",
            "description",
            "schedule_interval",
            "timetable_description",
            "tags",
            "max_active_tasks",
            "max_active_runs",
            "has_task_concurrency_limits",
            "has_import_errors",
            "next_dagrun",
            "next_dagrun_data_interval_start",
            "next_dagrun_data_interval_end",
            "next_dagrun_create_after",
            "max_consecutive_failed_dag_runs",
        }
    )
    __read_only_by_ref__: ClassVar[FrozenSet[str]] = frozenset({"schedule_interval"})
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {
            "root_dag_id",
            "is_paused",
            "is_active",
            "last_parsed_time",
            "last_pickled",
            "last_expired",
            "scheduler_lock",
            "pickle_id",
            "default_view",
            "description",
            "schedule_interval",
            "timetable_description",
            "tags",
            "max_active_tasks",
            "max_active_runs",
            "has_task_concurrency_limits",
            "has_import_errors",
            "next_dagrun",
            "next_dagrun_data_interval_start",
            "next_dagrun_data_interval_end",
            "next_dagrun_create_after",
            "max_consecutive_failed_dag_runs",
        }
    )


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
