# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``ClearTaskInstances`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, List, Optional

from airflow_client.client.base_model import ApiModel, AwareDatetime


class ClearTaskInstances(ApiModel):
    """ClearTaskInstances (fields: see ``docs/ClearTaskInstances.md``)."""

    dry_run: Optional[bool] = None
    task_ids: Optional[List[str]] = None
    start_date: Optional[AwareDatetime] = None
    end_date: Optional[AwareDatetime] = None
    only_failed: Optional[bool] = None
    only_running: Optional[bool] = None
    include_subdags: Optional[bool] = None
    include_parentdag: Optional[bool] = None
    reset_dag_runs: Optional[bool] = None
    dag_run_id: Optional[str] = None
    include_upstream: Optional[bool] = None
    include_downstream: Optional[bool] = None
    include_future: Optional[bool] = None
    include_past: Optional[bool] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"dag_run_id"})
