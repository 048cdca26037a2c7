# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DatasetEvent`` model of the Airflow REST API."""

from typing import Any, ClassVar, Dict, FrozenSet, List, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.basic_dag_run import BasicDAGRun


class DatasetEvent(OfficialModel):
    """A dataset event.

    *New in version 2.4.0*

    Attributes:
        dataset_id (int): The dataset id
        dataset_uri (str): The URI of the dataset
        extra (Dict[str, Any], nullable): The dataset event extra
        source_dag_id (str, nullable): The DAG ID that updated the dataset.
        source_task_id (str, nullable): The task ID that updated the dataset.
        source_run_id (str, nullable): The DAG run ID that updated the dataset.
        source_map_index (int, nullable): The task map index that updated the dataset.
        created_dagruns (List[BasicDAGRun])
        timestamp (str): The dataset event creation time
    """

    dataset_id: Optional[int] = None
    """The dataset id"""
    dataset_uri: Optional[str] = None
    """The URI of the dataset"""
    extra: Optional[Dict[str, Any]] = None
    """The dataset event extra"""
    source_dag_id: Optional[str] = None
    """The DAG ID that updated the dataset."""
    source_task_id: Optional[str] = None
    """The task ID that updated the dataset."""
    source_run_id: Optional[str] = None
    """The DAG run ID that updated the dataset."""
    source_map_index: Optional[int] = None
    """The task map index that updated the dataset."""
    created_dagruns: Optional[List[BasicDAGRun]] = None
    timestamp: Optional[str] = None
    """The dataset event creation time"""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {"extra", "source_dag_id", "source_task_id", "source_run_id", "source_map_index"}
    )


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
