# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``UpdateTaskInstancesState`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.base_model import ApiModel, AwareDatetime
from airflow_client.client.model.update_task_state import UpdateTaskState


class UpdateTaskInstancesState(ApiModel):
    """UpdateTaskInstancesState (fields: see ``docs/UpdateTaskInstancesState.md``)."""

    dry_run: Optional[bool] = None
    task_id: Optional[str] = None
    execution_date: Optional[AwareDatetime] = None
    dag_run_id: Optional[str] = None
    include_upstream: Optional[bool] = None
    include_downstream: Optional[bool] = None
    include_future: Optional[bool] = None
    include_past: Optional[bool] = None
    new_state: Optional[UpdateTaskState] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()
