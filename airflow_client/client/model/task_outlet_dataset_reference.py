# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``TaskOutletDatasetReference`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class TaskOutletDatasetReference(OfficialModel):
    """A datasets reference to an upstream task.

    *New in version 2.4.0*

    Attributes:
        dag_id (str, nullable): The DAG ID that updates the dataset.
        task_id (str, nullable): The task ID that updates the dataset.
        created_at (str): The dataset creation time
        updated_at (str): The dataset update time
    """

    dag_id: Optional[str] = None
    """The DAG ID that updates the dataset."""
    task_id: Optional[str] = None
    """The task ID that updates the dataset."""
    created_at: Optional[str] = None
    """The dataset creation time"""
    updated_at: Optional[str] = None
    """The dataset update time"""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"dag_id", "task_id"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
