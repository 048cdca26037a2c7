# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Task`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, List, Optional

from pydantic import StrictBool, StrictFloat, StrictStr

from airflow_client.client.base_model import ApiModel, AwareDatetime
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.class_reference import ClassReference
from airflow_client.client.model.color import Color
from airflow_client.client.model.dag import DAG
from airflow_client.client.model.task_extra_links import TaskExtraLinks
from airflow_client.client.model.time_delta import TimeDelta
from airflow_client.client.model.trigger_rule import TriggerRule
from airflow_client.client.model.weight_rule import WeightRule


class Task(ApiModel):
    """Task (fields: see ``docs/Task.md``)."""

    class_ref: Optional[ClassReference] = None
    task_id: Optional[StrictStr] = None
    task_display_name: Optional[StrictStr] = None
    owner: Optional[StrictStr] = None
    start_date: Optional[AwareDatetime] = None
    end_date: Optional[AwareDatetime] = None
    trigger_rule: Optional[TriggerRule] = None
    extra_links: Optional[List[TaskExtraLinks]] = None
    depends_on_past: Optional[StrictBool] = None
    is_mapped: Optional[StrictBool] = None
    wait_for_downstream: Optional[StrictBool] = None
    retries: Optional[StrictFloat] = None
    queue: Optional[StrictStr] = None
    executor: Optional[StrictStr] = None
    pool: Optional[StrictStr] = None
    pool_slots: Optional[StrictFloat] = None
    execution_timeout: Optional[TimeDelta] = None
    retry_delay: Optional[TimeDelta] = None
    retry_exponential_backoff: Optional[StrictBool] = None
    priority_weight: Optional[StrictFloat] = None
    weight_rule: Optional[WeightRule] = None
    ui_color: Optional[Color] = None
    ui_fgcolor: Optional[Color] = None
    template_fields: Optional[List[StrictStr]] = None
    sub_dag: Optional[DAG] = None
    downstream_task_ids: Optional[List[StrictStr]] = None
    doc_md: Optional[StrictStr] = None

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
