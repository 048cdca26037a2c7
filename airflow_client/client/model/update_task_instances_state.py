# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``UpdateTaskInstancesState`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.update_task_state import UpdateTaskState


class UpdateTaskInstancesState(OfficialModel):
    """UpdateTaskInstancesState

    Attributes:
        dry_run (bool): If set, don't actually run this operation. The response will contain a list of task instances
            planned to be affected, but won't be modified in any way.
        task_id (str): The task ID.
        execution_date (str): The execution date. Either set this or dag_run_id but not both.
        dag_run_id (str): The task instance's DAG run ID. Either set this or execution_date but not both.

            *New in version 2.3.0*
        include_upstream (bool): If set to true, upstream tasks are also affected.
        include_downstream (bool): If set to true, downstream tasks are also affected.
        include_future (bool): If set to True, also tasks from future DAG Runs are affected.
        include_past (bool): If set to True, also tasks from past DAG Runs are affected.
        new_state (UpdateTaskState): Expected new state. Only a subset of TaskState are available.

            Other states are managed directly by the scheduler or the workers and cannot be updated manually through the REST API.
    """

    dry_run: Optional[bool] = None
    """If set, don't actually run this operation. The response will contain a list of task instances
    planned to be affected, but won't be modified in any way."""
    task_id: Optional[str] = None
    """The task ID."""
    execution_date: Optional[str] = None
    """The execution date. Either set this or dag_run_id but not both."""
    dag_run_id: Optional[str] = None
    """The task instance's DAG run ID. Either set this or execution_date but not both.

    *New in version 2.3.0*"""
    include_upstream: Optional[bool] = None
    """If set to true, upstream tasks are also affected."""
    include_downstream: Optional[bool] = None
    """If set to true, downstream tasks are also affected."""
    include_future: Optional[bool] = None
    """If set to True, also tasks from future DAG Runs are affected."""
    include_past: Optional[bool] = None
    """If set to True, also tasks from past DAG Runs are affected."""
    new_state: Optional[UpdateTaskState] = None
    """Expected new state. Only a subset of TaskState are available.

    Other states are managed directly by the scheduler or the workers and cannot be updated manually through the REST API."""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset({"execution_date"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
