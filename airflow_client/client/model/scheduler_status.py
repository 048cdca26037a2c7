# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``SchedulerStatus`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.health_status import HealthStatus


class SchedulerStatus(OfficialModel):
    """The status and the latest scheduler heartbeat.

    Attributes:
        status (HealthStatus, nullable): Health status
        latest_scheduler_heartbeat (str, read-only, nullable): The time the scheduler last did a heartbeat.
    """

    status: Optional[HealthStatus] = None
    """Health status"""
    latest_scheduler_heartbeat: Optional[str] = None
    """The time the scheduler last did a heartbeat."""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset({"latest_scheduler_heartbeat"})
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"status", "latest_scheduler_heartbeat"})
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset({"latest_scheduler_heartbeat"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
