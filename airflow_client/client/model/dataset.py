# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Dataset`` model of the Airflow REST API."""

from typing import Any, ClassVar, Dict, FrozenSet, List, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.dag_schedule_dataset_reference import DagScheduleDatasetReference
from airflow_client.client.model.task_outlet_dataset_reference import TaskOutletDatasetReference


class Dataset(OfficialModel):
    """A dataset item.

    *New in version 2.4.0*

    Attributes:
        id (int): The dataset id
        uri (str): The dataset uri
        extra (Dict[str, Any], nullable): The dataset extra
        created_at (str): The dataset creation time
        updated_at (str): The dataset update time
        consuming_dags (List[DagScheduleDatasetReference])
        producing_tasks (List[TaskOutletDatasetReference])
    """

    id: Optional[int] = None
    """The dataset id"""
    uri: Optional[str] = None
    """The dataset uri"""
    extra: Optional[Dict[str, Any]] = None
    """The dataset extra"""
    created_at: Optional[str] = None
    """The dataset creation time"""
    updated_at: Optional[str] = None
    """The dataset update time"""
    consuming_dags: Optional[List[DagScheduleDatasetReference]] = None
    producing_tasks: Optional[List[TaskOutletDatasetReference]] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"extra"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
