# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``TaskInstanceReference`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class TaskInstanceReference(OfficialModel):
    """TaskInstanceReference

    Attributes:
        task_id (str, read-only): The task ID.
        dag_id (str, read-only): The DAG ID.
        execution_date (str, read-only)
        dag_run_id (str, read-only): The DAG run ID.
    """

    task_id: Optional[str] = None
    """The task ID."""
    dag_id: Optional[str] = None
    """The DAG ID."""
    execution_date: Optional[str] = None
    dag_run_id: Optional[str] = None
    """The DAG run ID."""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset({"task_id", "dag_id", "execution_date", "dag_run_id"})
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset({"execution_date"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
