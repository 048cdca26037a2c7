# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``QueuedEvent`` model of the Airflow REST API."""

from datetime import datetime
from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class QueuedEvent(OfficialModel):
    """QueuedEvent

    Attributes:
        uri (str): The datata uri.
        dag_id (str): The DAG ID.
        created_at (datetime): The creation time of QueuedEvent
    """

    uri: Optional[str] = None
    """The datata uri."""
    dag_id: Optional[str] = None
    """The DAG ID."""
    created_at: Optional[datetime] = None
    """The creation time of QueuedEvent"""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
