# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DAGRun`` model of the Airflow REST API."""

from typing import Any, ClassVar, Dict, FrozenSet, Literal, Optional

from pydantic import StrictBool, StrictStr

from airflow_client.client.base_model import ApiModel, AwareDatetime
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.dag_state import DagState


class DAGRun(ApiModel):
    """DAGRun (fields: see ``docs/DAGRun.md``)."""

    dag_run_id: Optional[StrictStr] = None
    dag_id: Optional[StrictStr] = None
    logical_date: Optional[AwareDatetime] = None
    execution_date: Optional[AwareDatetime] = None
    start_date: Optional[AwareDatetime] = None
    end_date: Optional[AwareDatetime] = None
    data_interval_start: Optional[AwareDatetime] = None
    data_interval_end: Optional[AwareDatetime] = None
    last_scheduling_decision: Optional[AwareDatetime] = None
    run_type: Optional[Literal["backfill", "manual", "scheduled", "dataset_triggered"]] = None
    state: Optional[DagState] = None
    external_trigger: Optional[StrictBool] = None
    conf: Optional[Dict[str, Any]] = None
    note: Optional[StrictStr] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {"dag_id", "start_date", "end_date", "last_scheduling_decision", "run_type", "state", "external_trigger"}
    )
    __read_only_by_ref__: ClassVar[FrozenSet[str]] = frozenset({"state"})
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {
            "dag_run_id",
            "logical_date",
            "execution_date",
            "start_date",
            "end_date",
            "data_interval_start",
            "data_interval_end",
            "last_scheduling_decision",
            "note",
        }
    )


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
