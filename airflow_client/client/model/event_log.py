# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``EventLog`` model of the Airflow REST API."""

from datetime import datetime
from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class EventLog(OfficialModel):
    """Log of user operations via CLI or Web UI.

    Attributes:
        event_log_id (int, read-only): The event log ID
        when (datetime, read-only): The time when these events happened.
        dag_id (str, read-only, nullable): The DAG ID
        task_id (str, read-only, nullable): The Task ID
        run_id (str, read-only, nullable): The DAG Run ID
        map_index (int, read-only, nullable): The Map Index
        try_number (int, read-only, nullable): The Try Number
        event (str, read-only): A key describing the type of event.
        execution_date (datetime, read-only, nullable): When the event was dispatched for an object having execution_date, the value of this field.
        owner (str, read-only, nullable): Name of the user who triggered these events a.
        extra (str, read-only, nullable): Other information that was not included in the other fields, e.g. the complete CLI command.
    """

    event_log_id: Optional[int] = None
    """The event log ID"""
    when: Optional[datetime] = None
    """The time when these events happened."""
    dag_id: Optional[str] = None
    """The DAG ID"""
    task_id: Optional[str] = None
    """The Task ID"""
    run_id: Optional[str] = None
    """The DAG Run ID"""
    map_index: Optional[int] = None
    """The Map Index"""
    try_number: Optional[int] = None
    """The Try Number"""
    event: Optional[str] = None
    """A key describing the type of event."""
    execution_date: Optional[datetime] = None
    """When the event was dispatched for an object having execution_date, the value of this field."""
    owner: Optional[str] = None
    """Name of the user who triggered these events a."""
    extra: Optional[str] = None
    """Other information that was not included in the other fields, e.g. the complete CLI command."""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {
            "event_log_id",
            "when",
            "dag_id",
            "task_id",
            "run_id",
            "map_index",
            "try_number",
            "event",
            "execution_date",
            "owner",
            "extra",
        }
    )
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {"dag_id", "task_id", "run_id", "map_index", "try_number", "execution_date", "owner", "extra"}
    )


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
