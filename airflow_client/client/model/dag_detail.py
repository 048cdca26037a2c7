# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DAGDetail`` model of the Airflow REST API."""

from datetime import datetime
from typing import Any, ClassVar, Dict, FrozenSet, List, Optional, Tuple

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.schedule_interval import ScheduleInterval
from airflow_client.client.model.tag import Tag
from airflow_client.client.model.time_delta import TimeDelta


class DAGDetail(OfficialModel):
    """DAG details.

    For details see:
    [airflow.models.dag.DAG](https://airflow.apache.org/docs/apache-airflow/stable/_api/airflow/models/dag/index.html#airflow.models.dag.DAG)

    Attributes:
        dag_id (str, read-only): The ID of the DAG.
        dag_display_name (str, read-only): Human centric display text for the DAG.

            *New in version 2.9.0*
        root_dag_id (str, read-only, nullable): If the DAG is SubDAG then it is the top level DAG identifier. Otherwise, null.
        is_paused (bool, nullable): Whether the DAG is paused.
        is_active (bool, read-only, nullable): Whether the DAG is currently seen by the scheduler(s).

            *New in version 2.1.1*

            *Changed in version 2.2.0*: Field is read-only.
        is_subdag (bool, read-only): Whether the DAG is SubDAG.
        last_parsed_time (datetime, read-only, nullable): The last time the DAG was parsed.

            *New in version 2.3.0*
        last_pickled (datetime, read-only, nullable): The last time the DAG was pickled.

            *New in version 2.3.0*
        last_expired (datetime, read-only, nullable): Time when the DAG last received a refresh signal
            (e.g. the DAG's "refresh" button was clicked in the web UI)

            *New in version 2.3.0*
        scheduler_lock (bool, read-only, nullable): Whether (one of) the scheduler is scheduling this DAG at the moment

            *New in version 2.3.0*
        pickle_id (str, read-only, nullable): Foreign key to the latest pickle_id

            *New in version 2.3.0*
        fileloc (str, read-only): The absolute path to the file.
        file_token (str, read-only): The key containing the encrypted path to the file. Encryption and decryption take place only on the server. This prevents the client from reading an non-DAG file. This also ensures API extensibility, because the format of encrypted data may change.
        owners (List[str], read-only)
        description (str, read-only, nullable): User-provided DAG description, which can consist of several sentences or paragraphs that describe DAG contents.
        schedule_interval (ScheduleInterval, read-only, nullable): Schedule interval. Defines how often DAG runs, this object gets added to your latest task instance's
            execution_date to figure out the next schedule.
        timetable_description (str, read-only, nullable): Timetable/Schedule Interval description.

            *New in version 2.3.0*
        tags (List[Tag], read-only, nullable): List of tags.
        max_active_tasks (int, read-only, nullable): Maximum number of active tasks that can be run on the DAG

            *New in version 2.3.0*
        max_active_runs (int, read-only, nullable): Maximum number of active DAG runs for the DAG

            *New in version 2.3.0*
        has_task_concurrency_limits (bool, read-only, nullable): Whether the DAG has task concurrency limits

            *New in version 2.3.0*
        has_import_errors (bool, read-only, nullable): Whether the DAG has import errors

            *New in version 2.3.0*
        next_dagrun (datetime, read-only, nullable): The logical date of the next dag run.

            *New in version 2.3.0*
        next_dagrun_data_interval_start (datetime, read-only, nullable): The start of the interval of the next dag run.

            *New in version 2.3.0*
        next_dagrun_data_interval_end (datetime, read-only, nullable): The end of the interval of the next dag run.

            *New in version 2.3.0*
        next_dagrun_create_after (datetime, read-only, nullable): Earliest time at which this ``next_dagrun`` can be created.

            *New in version 2.3.0*
        max_consecutive_failed_dag_runs (int, read-only, nullable): (experimental) The maximum number of consecutive DAG failures before DAG is automatically paused.

            *New in version 2.9.0*
        timezone (str, nullable)
        catchup (bool, read-only, nullable)
        orientation (str, read-only, nullable)
        concurrency (float, read-only, nullable)
        start_date (datetime, read-only, nullable): The DAG's start date.

            *Changed in version 2.0.1*: Field becomes nullable.
        dag_run_timeout (TimeDelta, nullable): Time delta
        dataset_expression (Dict[str, Any], nullable): Nested dataset any/all conditions
        doc_md (str, read-only, nullable)
        default_view (str, read-only, nullable)
        params (Dict[str, Any], read-only): User-specified DAG params.

            *New in version 2.0.1*
        end_date (datetime, read-only, nullable): The DAG's end date.

            *New in version 2.3.0*.
        is_paused_upon_creation (bool, read-only, nullable): Whether the DAG is paused upon creation.

            *New in version 2.3.0*
        last_parsed (datetime, read-only, nullable): The last time the DAG was parsed.

            *New in version 2.3.0*
        template_search_path (List[str], nullable): The template search path.

            *New in version 2.3.0*
        render_template_as_native_obj (bool, read-only, nullable): Whether to render templates as native Python objects.

            *New in version 2.3.0*
    """

    dag_id: Optional[str] = None
    """The ID of the DAG."""
    dag_display_name: Optional[str] = None
    """Human centric display text for the DAG.

    *New in version 2.9.0*"""
    root_dag_id: Optional[str] = None
    """If the DAG is SubDAG then it is the top level DAG identifier. Otherwise, null."""
    is_paused: Optional[bool] = None
    """Whether the DAG is paused."""
    is_active: Optional[bool] = None
    """Whether the DAG is currently seen by the scheduler(s).

    *New in version 2.1.1*

    *Changed in version 2.2.0*: Field is read-only."""
    is_subdag: Optional[bool] = None
    """Whether the DAG is SubDAG."""
    last_parsed_time: Optional[datetime] = None
    """The last time the DAG was parsed.

    *New in version 2.3.0*"""
    last_pickled: Optional[datetime] = None
    """The last time the DAG was pickled.

    *New in version 2.3.0*"""
    last_expired: Optional[datetime] = None
    """Time when the DAG last received a refresh signal
    (e.g. the DAG's "refresh" button was clicked in the web UI)

    *New in version 2.3.0*"""
    scheduler_lock: Optional[bool] = None
    """Whether (one of) the scheduler is scheduling this DAG at the moment

    *New in version 2.3.0*"""
    pickle_id: Optional[str] = None
    """Foreign key to the latest pickle_id

    *New in version 2.3.0*"""
    fileloc: Optional[str] = None
    """The absolute path to the file."""
    file_token: Optional[str] = None
    """The key containing the encrypted path to the file. Encryption and decryption take place only on the server. This prevents the client from reading an non-DAG file. This also ensures API extensibility, because the format of encrypted data may change."""
    owners: Optional[List[str]] = None
    description: Optional[str] = None
    """User-provided DAG description, which can consist of several sentences or paragraphs that describe DAG contents."""
    schedule_interval: Optional[ScheduleInterval] = None
    """Schedule interval. Defines how often DAG runs, this object gets added to your latest task instance's
    execution_date to figure out the next schedule."""
    timetable_description: Optional[str] = None
    """Timetable/Schedule Interval description.

    *New in version 2.3.0*"""
    tags: Optional[List[Tag]] = None
    """List of tags."""
    max_active_tasks: Optional[int] = None
    """Maximum number of active tasks that can be run on the DAG

    *New in version 2.3.0*"""
    max_active_runs: Optional[int] = None
    """Maximum number of active DAG runs for the DAG

    *New in version 2.3.0*"""
    has_task_concurrency_limits: Optional[bool] = None
    """Whether the DAG has task concurrency limits

    *New in version 2.3.0*"""
    has_import_errors: Optional[bool] = None
    """Whether the DAG has import errors

    *New in version 2.3.0*"""
    next_dagrun: Optional[datetime] = None
    """The logical date of the next dag run.

    *New in version 2.3.0*"""
    next_dagrun_data_interval_start: Optional[datetime] = None
    """The start of the interval of the next dag run.

    *New in version 2.3.0*"""
    next_dagrun_data_interval_end: Optional[datetime] = None
    """The end of the interval of the next dag run.

    *New in version 2.3.0*"""
    next_dagrun_create_after: Optional[datetime] = None
    """Earliest time at which this ``next_dagrun`` can be created.

    *New in version 2.3.0*"""
    max_consecutive_failed_dag_runs: Optional[int] = None
    """(experimental) The maximum number of consecutive DAG failures before DAG is automatically paused.

    *New in version 2.9.0*"""
    timezone: Optional[str] = None
    catchup: Optional[bool] = None
    orientation: Optional[str] = None
    concurrency: Optional[float] = None
    start_date: Optional[datetime] = None
    """The DAG's start date.

    *Changed in version 2.0.1*: Field becomes nullable."""
    dag_run_timeout: Optional[TimeDelta] = None
    """Time delta"""
    dataset_expression: Optional[Dict[str, Any]] = None
    """Nested dataset any/all conditions"""
    doc_md: Optional[str] = None
    default_view: Optional[str] = None
    params: Optional[Dict[str, Any]] = None
    """User-specified DAG params.

    *New in version 2.0.1*"""
    end_date: Optional[datetime] = None
    """The DAG's end date.

    *New in version 2.3.0*."""
    is_paused_upon_creation: Optional[bool] = None
    """Whether the DAG is paused upon creation.

    *New in version 2.3.0*"""
    last_parsed: Optional[datetime] = None
    """The last time the DAG was parsed.

    *New in version 2.3.0*"""
    template_search_path: Optional[List[str]] = None
    """The template search path.

    *New in version 2.3.0*"""
    render_template_as_native_obj: Optional[bool] = None
    """Whether to render templates as native Python objects.

    *New in version 2.3.0*"""

    __all_of__: ClassVar[Tuple[str, ...]] = (
        "DAG",
        "DAGDetailAllOf",
    )
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


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
