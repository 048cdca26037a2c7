# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DagScheduleDatasetReference`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class DagScheduleDatasetReference(OfficialModel):
    """A datasets reference to a downstream DAG.

    *New in version 2.4.0*

    Attributes:
        dag_id (str, nullable): The DAG ID that depends on the dataset.
        created_at (str): The dataset reference creation time
        updated_at (str): The dataset reference update time
    """

    dag_id: Optional[str] = None
    """The DAG ID that depends on the dataset."""
    created_at: Optional[str] = None
    """The dataset reference creation time"""
    updated_at: Optional[str] = None
    """The dataset reference update time"""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"dag_id"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
