# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DagWarning`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class DagWarning(OfficialModel):
    """DagWarning

    Attributes:
        dag_id (str, read-only): The dag_id.
        warning_type (str, read-only): The warning type for the dag warning.
        message (str, read-only): The message for the dag warning.
        timestamp (str, read-only): The time when this warning was logged.
    """

    dag_id: Optional[str] = None
    """The dag_id."""
    warning_type: Optional[str] = None
    """The warning type for the dag warning."""
    message: Optional[str] = None
    """The message for the dag warning."""
    timestamp: Optional[str] = None
    """The time when this warning was logged."""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset({"dag_id", "warning_type", "message", "timestamp"})
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset({"timestamp"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
