# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Task`` model of the Airflow REST API."""

from datetime import datetime
from typing import ClassVar, FrozenSet, List, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.class_reference import ClassReference
from airflow_client.client.model.color import Color
from airflow_client.client.model.dag import DAG
from airflow_client.client.model.task_extra_links import TaskExtraLinks
from airflow_client.client.model.time_delta import TimeDelta
from airflow_client.client.model.trigger_rule import TriggerRule
from airflow_client.client.model.weight_rule import WeightRule


class Task(OfficialModel):
    """For details see:
    [airflow.models.baseoperator.BaseOperator](https://airflow.apache.org/docs/apache-airflow/stable/_api/airflow/models/baseoperator/index.html#airflow.models.baseoperator.BaseOperator)

    Attributes:
        class_ref (ClassReference): Class reference
        task_id (str, read-only)
        task_display_name (str, read-only)
        owner (str, read-only)
        start_date (datetime, read-only, nullable)
        end_date (datetime, read-only, nullable)
        trigger_rule (TriggerRule): Trigger rule.

            *Changed in version 2.2.0*: 'none_failed_min_one_success' is added as a possible value. Deprecated 'dummy' and 'always' is added as a possible value

            *Changed in version 2.3.0*: 'all_skipped' is added as a possible value.

            *Changed in version 2.5.0*: 'one_done' is added as a possible value.

            *Changed in version 2.7.0*: 'all_done_setup_success' is added as a possible value.
        extra_links (List[TaskExtraLinks], read-only)
        depends_on_past (bool, read-only)
        is_mapped (bool, read-only)
        wait_for_downstream (bool, read-only)
        retries (float, read-only)
        queue (str, read-only, nullable)
        executor (str, read-only, nullable)
        pool (str, read-only)
        pool_slots (float, read-only)
        execution_timeout (TimeDelta, nullable): Time delta
        retry_delay (TimeDelta, nullable): Time delta
        retry_exponential_backoff (bool, read-only)
        priority_weight (float, read-only)
        weight_rule (WeightRule): Weight rule.
        ui_color (Color): Color in hexadecimal notation.
        ui_fgcolor (Color): Color in hexadecimal notation.
        template_fields (List[str], read-only)
        sub_dag (DAG): DAG
        downstream_task_ids (List[str], read-only)
        doc_md (str, read-only, nullable): Task documentation in markdown.

            *New in version 2.10.0*
    """

    class_ref: Optional[ClassReference] = None
    """Class reference"""
    task_id: Optional[str] = None
    task_display_name: Optional[str] = None
    owner: Optional[str] = None
    start_date: Optional[datetime] = None
    end_date: Optional[datetime] = None
    trigger_rule: Optional[TriggerRule] = None
    """Trigger rule.

    *Changed in version 2.2.0*: 'none_failed_min_one_success' is added as a possible value. Deprecated 'dummy' and 'always' is added as a possible value

    *Changed in version 2.3.0*: 'all_skipped' is added as a possible value.

    *Changed in version 2.5.0*: 'one_done' is added as a possible value.

    *Changed in version 2.7.0*: 'all_done_setup_success' is added as a possible value."""
    extra_links: Optional[List[TaskExtraLinks]] = None
    depends_on_past: Optional[bool] = None
    is_mapped: Optional[bool] = None
    wait_for_downstream: Optional[bool] = None
    retries: Optional[float] = None
    queue: Optional[str] = None
    executor: Optional[str] = None
    pool: Optional[str] = None
    pool_slots: Optional[float] = None
    execution_timeout: Optional[TimeDelta] = None
    """Time delta"""
    retry_delay: Optional[TimeDelta] = None
    """Time delta"""
    retry_exponential_backoff: Optional[bool] = None
    priority_weight: Optional[float] = None
    weight_rule: Optional[WeightRule] = None
    """Weight rule."""
    ui_color: Optional[Color] = None
    """Color in hexadecimal notation."""
    ui_fgcolor: Optional[Color] = None
    """Color in hexadecimal notation."""
    template_fields: Optional[List[str]] = None
    sub_dag: Optional[DAG] = None
    """DAG"""
    downstream_task_ids: Optional[List[str]] = None
    doc_md: Optional[str] = None
    """Task documentation in markdown.

    *New in version 2.10.0*"""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {
            "task_id",
            "task_display_name",
            "owner",
            "start_date",
            "end_date",
            "extra_links",
            "depends_on_past",
            "is_mapped",
            "wait_for_downstream",
            "retries",
            "queue",
            "executor",
            "pool",
            "pool_slots",
            "retry_exponential_backoff",
            "priority_weight",
            "template_fields",
            "downstream_task_ids",
            "doc_md",
        }
    )
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {"start_date", "end_date", "queue", "executor", "execution_timeout", "retry_delay", "doc_md"}
    )


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
