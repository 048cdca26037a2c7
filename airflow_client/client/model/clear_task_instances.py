# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``ClearTaskInstances`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, List, Optional

from pydantic import Field, StrictBool, StrictStr

from airflow_client.client.base_model import ApiModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class ClearTaskInstances(ApiModel):
    """ClearTaskInstances (fields: see ``docs/ClearTaskInstances.md``)."""

    dry_run: Optional[StrictBool] = None
    task_ids: Optional[List[StrictStr]] = Field(None, min_length=1)
    start_date: Optional[StrictStr] = None
    end_date: Optional[StrictStr] = None
    only_failed: Optional[StrictBool] = None
    only_running: Optional[StrictBool] = None
    include_subdags: Optional[StrictBool] = None
    include_parentdag: Optional[StrictBool] = None
    reset_dag_runs: Optional[StrictBool] = None
    dag_run_id: Optional[StrictStr] = None
    include_upstream: Optional[StrictBool] = None
    include_downstream: Optional[StrictBool] = None
    include_future: Optional[StrictBool] = None
    include_past: Optional[StrictBool] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"dag_run_id"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
