# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``BasicDAGRun`` model of the Airflow REST API."""

from datetime import datetime
from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.dag_state import DagState


class BasicDAGRun(OfficialModel):
    """BasicDAGRun

    Attributes:
        run_id (str): Run ID.
        dag_id (str, read-only)
        logical_date (datetime): The logical date (previously called execution date). This is the time or interval covered by
            this DAG run, according to the DAG definition.

            The value of this field can be set only when creating the object. If you try to modify the
            field of an existing object, the request fails with an BAD_REQUEST error.

            This together with DAG_ID are a unique key.

            *New in version 2.2.0*
        start_date (datetime, read-only, nullable): The start time. The time when DAG run was actually created.

            *Changed in version 2.1.3*: Field becomes nullable.
        end_date (datetime, read-only, nullable)
        data_interval_start (datetime, read-only, nullable)
        data_interval_end (datetime, read-only, nullable)
        state (DagState, read-only): DAG State.

            *Changed in version 2.1.3*: 'queued' is added as a possible value.
    """

    run_id: Optional[str] = None
    """Run ID."""
    dag_id: Optional[str] = None
    logical_date: Optional[datetime] = None
    """The logical date (previously called execution date). This is the time or interval covered by
    this DAG run, according to the DAG definition.

    The value of this field can be set only when creating the object. If you try to modify the
    field of an existing object, the request fails with an BAD_REQUEST error.

    This together with DAG_ID are a unique key.

    *New in version 2.2.0*"""
    start_date: Optional[datetime] = None
    """The start time. The time when DAG run was actually created.

    *Changed in version 2.1.3*: Field becomes nullable."""
    end_date: Optional[datetime] = None
    data_interval_start: Optional[datetime] = None
    data_interval_end: Optional[datetime] = None
    state: Optional[DagState] = None
    """DAG State.

    *Changed in version 2.1.3*: 'queued' is added as a possible value."""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {"dag_id", "start_date", "end_date", "data_interval_start", "data_interval_end", "state"}
    )
    __read_only_by_ref__: ClassVar[FrozenSet[str]] = frozenset({"state"})
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {"start_date", "end_date", "data_interval_start", "data_interval_end"}
    )


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
