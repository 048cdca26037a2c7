# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``BasicDAGRun`` model of the Airflow REST API."""

from typing import Any, ClassVar, FrozenSet, Optional

from pydantic import StrictStr, model_validator

from airflow_client.client.base_model import ApiModel, AwareDatetime
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.dag_state import DagState
from airflow_client.client.quirks import adapt


class BasicDAGRun(ApiModel):
    """BasicDAGRun (fields: see ``docs/BasicDAGRun.md``)."""

    run_id: Optional[StrictStr] = None
    dag_id: Optional[StrictStr] = None
    logical_date: Optional[AwareDatetime] = None
    start_date: Optional[AwareDatetime] = None
    end_date: Optional[AwareDatetime] = None
    data_interval_start: Optional[AwareDatetime] = None
    data_interval_end: Optional[AwareDatetime] = None
    state: Optional[DagState] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {"dag_id", "start_date", "end_date", "data_interval_start", "data_interval_end", "state"}
    )
    __read_only_by_ref__: ClassVar[FrozenSet[str]] = frozenset({"state"})
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {"start_date", "end_date", "data_interval_start", "data_interval_end"}
    )

    @model_validator(mode="before")
    @classmethod
    def _as_the_spec_names_it(cls, data: Any) -> Any:
        return adapt("BasicDAGRun", data)


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
