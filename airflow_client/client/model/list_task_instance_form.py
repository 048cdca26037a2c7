# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``ListTaskInstanceForm`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, List, Optional

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from airflow_client.client.base_model import ApiModel, AwareDatetime
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.task_state import TaskState


class ListTaskInstanceForm(ApiModel):
    """ListTaskInstanceForm (fields: see ``docs/ListTaskInstanceForm.md``)."""

    page_offset: Optional[StrictInt] = Field(None, ge=0)
    page_limit: Optional[StrictInt] = Field(None, ge=1)
    dag_ids: Optional[List[StrictStr]] = None
    dag_run_ids: Optional[List[StrictStr]] = None
    task_ids: Optional[List[StrictStr]] = None
    execution_date_gte: Optional[AwareDatetime] = None
    execution_date_lte: Optional[AwareDatetime] = None
    start_date_gte: Optional[AwareDatetime] = None
    start_date_lte: Optional[AwareDatetime] = None
    end_date_gte: Optional[AwareDatetime] = None
    end_date_lte: Optional[AwareDatetime] = None
    duration_gte: Optional[StrictFloat] = None
    duration_lte: Optional[StrictFloat] = None
    state: Optional[List[Optional[TaskState]]] = None
    pool: Optional[List[StrictStr]] = None
    queue: Optional[List[StrictStr]] = None
    executor: Optional[List[StrictStr]] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
