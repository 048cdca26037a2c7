# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``ImportError`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class ImportError(OfficialModel):
    """ImportError

    Attributes:
        import_error_id (int, read-only): The import error ID.
        timestamp (str, read-only): The time when this error was created.
        filename (str, read-only): The filename
        stack_trace (str, read-only): The full stackstrace.
    """

    import_error_id: Optional[int] = None
    """The import error ID."""
    timestamp: Optional[str] = None
    """The time when this error was created."""
    filename: Optional[str] = None
    """The filename"""
    stack_trace: Optional[str] = None
    """The full stackstrace."""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset({"import_error_id", "timestamp", "filename", "stack_trace"})
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset({"timestamp"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
