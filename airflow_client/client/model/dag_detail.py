# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DAGDetail`` model of the Airflow REST API."""

from typing import Any, ClassVar, Dict, FrozenSet, List, Optional

from airflow_client.client.base_model import ApiModel, AwareDatetime
from airflow_client.client.model.schedule_interval import ScheduleInterval
from airflow_client.client.model.tag import Tag
from airflow_client.client.model.time_delta import TimeDelta


class DAGDetail(ApiModel):
    """DAGDetail (fields: see ``docs/DAGDetail.md``)."""

    dag_id: Optional[str] = None
    dag_display_name: Optional[str] = None
    root_dag_id: Optional[str] = None
    is_paused: Optional[bool] = None
    is_active: Optional[bool] = None
    is_subdag: Optional[bool] = None
    last_parsed_time: Optional[AwareDatetime] = None
    last_pickled: Optional[AwareDatetime] = None
    last_expired: Optional[AwareDatetime] = None
    scheduler_lock: Optional[bool] = None
    pickle_id: Optional[str] = None
    fileloc: Optional[str] = None
    file_token: Optional[str] = None
    owners: Optional[List[str]] = None
    description: Optional[str] = None
    schedule_interval: Optional[ScheduleInterval] = None
    timetable_description: Optional[str] = None
    tags: Optional[List[Tag]] = None
    max_active_tasks: Optional[int] = None
    max_active_runs: Optional[int] = None
    has_task_concurrency_limits: Optional[bool] = None
    has_import_errors: Optional[bool] = None
    next_dagrun: Optional[AwareDatetime] = None
    next_dagrun_data_interval_start: Optional[AwareDatetime] = None
    next_dagrun_data_interval_end: Optional[AwareDatetime] = None
    next_dagrun_create_after: Optional[AwareDatetime] = None
    max_consecutive_failed_dag_runs: Optional[int] = None
    timezone: Optional[str] = None
    catchup: Optional[bool] = None
    orientation: Optional[str] = None
    concurrency: Optional[float] = None
    start_date: Optional[AwareDatetime] = None
    dag_run_timeout: Optional[TimeDelta] = None
    dataset_expression: Optional[Dict[str, Any]] = None
    doc_md: Optional[str] = None
    default_view: Optional[str] = None
    params: Optional[Dict[str, Any]] = None
    end_date: Optional[AwareDatetime] = None
    is_paused_upon_creation: Optional[bool] = None
    last_parsed: Optional[AwareDatetime] = None
    template_search_path: Optional[List[str]] = None
    render_template_as_native_obj: Optional[bool] = None

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
            "fileloc",
            "file_token",
            "owners",
            "description",
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
            "catchup",
            "orientation",
            "concurrency",
            "start_date",
            "doc_md",
            "default_view",
            "params",
            "end_date",
            "is_paused_upon_creation",
            "last_parsed",
            "render_template_as_native_obj",
        }
    )
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
            "timezone",
            "catchup",
            "orientation",
            "concurrency",
            "start_date",
            "dag_run_timeout",
            "dataset_expression",
            "doc_md",
            "default_view",
            "end_date",
            "is_paused_upon_creation",
            "last_parsed",
            "template_search_path",
            "render_template_as_native_obj",
        }
    )
