# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``SLAMiss`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class SLAMiss(OfficialModel):
    """SLAMiss

    Attributes:
        task_id (str, read-only): The task ID.
        dag_id (str): The DAG ID.
        execution_date (str)
        email_sent (bool)
        timestamp (str)
        description (str, nullable)
        notification_sent (bool)
    """

    task_id: Optional[str] = None
    """The task ID."""
    dag_id: Optional[str] = None
    """The DAG ID."""
    execution_date: Optional[str] = None
    email_sent: Optional[bool] = None
    timestamp: Optional[str] = None
    description: Optional[str] = None
    notification_sent: Optional[bool] = None

    _nullable: ClassVar[bool] = True
    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset({"task_id"})
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"description"})
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset({"execution_date", "timestamp"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
