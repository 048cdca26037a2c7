# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``ClearTaskInstances`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, List, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.core.base_model import Field
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class ClearTaskInstances(OfficialModel):
    """ClearTaskInstances

    Attributes:
        dry_run (bool): If set, don't actually run this operation. The response will contain a list of task instances
            planned to be cleaned, but not modified in any way.
        task_ids (List[str]): A list of task ids to clear.

            *New in version 2.1.0*
        start_date (str): The minimum execution date to clear.
        end_date (str): The maximum execution date to clear.
        only_failed (bool): Only clear failed tasks.
        only_running (bool): Only clear running tasks.
        include_subdags (bool): Clear tasks in subdags and clear external tasks indicated by ExternalTaskMarker.
        include_parentdag (bool): Clear tasks in the parent dag of the subdag.
        reset_dag_runs (bool): Set state of DAG runs to RUNNING.
        dag_run_id (str, nullable): The DagRun ID for this task instance
        include_upstream (bool): If set to true, upstream tasks are also affected.
        include_downstream (bool): If set to true, downstream tasks are also affected.
        include_future (bool): If set to True, also tasks from future DAG Runs are affected.
        include_past (bool): If set to True, also tasks from past DAG Runs are affected.
    """

    dry_run: Optional[bool] = None
    """If set, don't actually run this operation. The response will contain a list of task instances
    planned to be cleaned, but not modified in any way."""
    task_ids: Optional[List[str]] = Field(None, min_length=1)
    """A list of task ids to clear.

    *New in version 2.1.0*"""
    start_date: Optional[str] = None
    """The minimum execution date to clear."""
    end_date: Optional[str] = None
    """The maximum execution date to clear."""
    only_failed: Optional[bool] = None
    """Only clear failed tasks."""
    only_running: Optional[bool] = None
    """Only clear running tasks."""
    include_subdags: Optional[bool] = None
    """Clear tasks in subdags and clear external tasks indicated by ExternalTaskMarker."""
    include_parentdag: Optional[bool] = None
    """Clear tasks in the parent dag of the subdag."""
    reset_dag_runs: Optional[bool] = None
    """Set state of DAG runs to RUNNING."""
    dag_run_id: Optional[str] = None
    """The DagRun ID for this task instance"""
    include_upstream: Optional[bool] = None
    """If set to true, upstream tasks are also affected."""
    include_downstream: Optional[bool] = None
    """If set to true, downstream tasks are also affected."""
    include_future: Optional[bool] = None
    """If set to True, also tasks from future DAG Runs are affected."""
    include_past: Optional[bool] = None
    """If set to True, also tasks from past DAG Runs are affected."""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"dag_run_id"})
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset({"start_date", "end_date"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
