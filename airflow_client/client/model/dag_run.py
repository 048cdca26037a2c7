# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DAGRun`` model of the Airflow REST API."""

from datetime import datetime
from typing import Any, ClassVar, Dict, FrozenSet, Literal, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.dag_state import DagState


class DAGRun(OfficialModel):
    """DAGRun

    Attributes:
        dag_run_id (str, nullable): Run ID.

            The value of this field can be set only when creating the object. If you try to modify the
            field of an existing object, the request fails with an BAD_REQUEST error.

            If not provided, a value will be generated based on execution_date.

            If the specified dag_run_id is in use, the creation request fails with an ALREADY_EXISTS error.

            This together with DAG_ID are a unique key.
        dag_id (str, read-only)
        logical_date (datetime, nullable): The logical date (previously called execution date). This is the time or interval covered by
            this DAG run, according to the DAG definition.

            The value of this field can be set only when creating the object. If you try to modify the
            field of an existing object, the request fails with an BAD_REQUEST error.

            This together with DAG_ID are a unique key.

            *New in version 2.2.0*
        execution_date (datetime, nullable): The execution date. This is the same as logical_date, kept for backwards compatibility.
            If both this field and logical_date are provided but with different values, the request
            will fail with an BAD_REQUEST error.

            *Changed in version 2.2.0*: Field becomes nullable.

            *Deprecated since version 2.2.0*: Use 'logical_date' instead.
        start_date (datetime, read-only, nullable): The start time. The time when DAG run was actually created.

            *Changed in version 2.1.3*: Field becomes nullable.
        end_date (datetime, read-only, nullable)
        data_interval_start (datetime, nullable): The beginning of the interval the DAG run covers.
        data_interval_end (datetime, nullable): The end of the interval the DAG run covers.
        last_scheduling_decision (datetime, read-only, nullable)
        run_type (Literal['backfill', 'manual', 'scheduled', 'dataset_triggered'], read-only)
        state (DagState, read-only): DAG State.

            *Changed in version 2.1.3*: 'queued' is added as a possible value.
        external_trigger (bool, read-only)
        conf (Dict[str, Any]): JSON object describing additional configuration parameters.

            The value of this field can be set only when creating the object. If you try to modify the
            field of an existing object, the request fails with an BAD_REQUEST error.
        note (str, nullable): Contains manually entered notes by the user about the DagRun.

            *New in version 2.5.0*
    """

    dag_run_id: Optional[str] = None
    """Run ID.

    The value of this field can be set only when creating the object. If you try to modify the
    field of an existing object, the request fails with an BAD_REQUEST error.

    If not provided, a value will be generated based on execution_date.

    If the specified dag_run_id is in use, the creation request fails with an ALREADY_EXISTS error.

    This together with DAG_ID are a unique key."""
    dag_id: Optional[str] = None
    logical_date: Optional[datetime] = None
    """The logical date (previously called execution date). This is the time or interval covered by
    this DAG run, according to the DAG definition.

    The value of this field can be set only when creating the object. If you try to modify the
    field of an existing object, the request fails with an BAD_REQUEST error.

    This together with DAG_ID are a unique key.

    *New in version 2.2.0*"""
    execution_date: Optional[datetime] = None
    """The execution date. This is the same as logical_date, kept for backwards compatibility.
    If both this field and logical_date are provided but with different values, the request
    will fail with an BAD_REQUEST error.

    *Changed in version 2.2.0*: Field becomes nullable.

    *Deprecated since version 2.2.0*: Use 'logical_date' instead."""
    start_date: Optional[datetime] = None
    """The start time. The time when DAG run was actually created.

    *Changed in version 2.1.3*: Field becomes nullable."""
    end_date: Optional[datetime] = None
    data_interval_start: Optional[datetime] = None
    """The beginning of the interval the DAG run covers."""
    data_interval_end: Optional[datetime] = None
    """The end of the interval the DAG run covers."""
    last_scheduling_decision: Optional[datetime] = None
    run_type: Optional[Literal["backfill", "manual", "scheduled", "dataset_triggered"]] = None
    state: Optional[DagState] = None
    """DAG State.

    *Changed in version 2.1.3*: 'queued' is added as a possible value."""
    external_trigger: Optional[bool] = None
    conf: Optional[Dict[str, Any]] = None
    """JSON object describing additional configuration parameters.

    The value of this field can be set only when creating the object. If you try to modify the
    field of an existing object, the request fails with an BAD_REQUEST error."""
    note: Optional[str] = None
    """Contains manually entered notes by the user about the DagRun.

    *New in version 2.5.0*"""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {"dag_id", "start_date", "end_date", "last_scheduling_decision", "run_type", "state", "external_trigger"}
    )
    __read_only_by_ref__: ClassVar[FrozenSet[str]] = frozenset({"state"})
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {
            "dag_run_id",
            "logical_date",
            "execution_date",
            "start_date",
            "end_date",
            "data_interval_start",
            "data_interval_end",
            "last_scheduling_decision",
            "note",
        }
    )


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
