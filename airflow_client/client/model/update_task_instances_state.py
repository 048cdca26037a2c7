# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``UpdateTaskInstancesState`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from pydantic import StrictBool, StrictStr

from airflow_client.client.base_model import ApiModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.update_task_state import UpdateTaskState


class UpdateTaskInstancesState(ApiModel):
    """UpdateTaskInstancesState (fields: see ``docs/UpdateTaskInstancesState.md``)."""

    dry_run: Optional[StrictBool] = None
    task_id: Optional[StrictStr] = None
    execution_date: Optional[StrictStr] = None
    dag_run_id: Optional[StrictStr] = None
    include_upstream: Optional[StrictBool] = None
    include_downstream: Optional[StrictBool] = None
    include_future: Optional[StrictBool] = None
    include_past: Optional[StrictBool] = None
    new_state: Optional[UpdateTaskState] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
