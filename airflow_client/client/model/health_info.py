# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``HealthInfo`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.dag_processor_status import DagProcessorStatus
from airflow_client.client.model.metadatabase_status import MetadatabaseStatus
from airflow_client.client.model.scheduler_status import SchedulerStatus
from airflow_client.client.model.triggerer_status import TriggererStatus


class HealthInfo(OfficialModel):
    """Instance status information.

    Attributes:
        metadatabase (MetadatabaseStatus): The status of the metadatabase.
        scheduler (SchedulerStatus): The status and the latest scheduler heartbeat.
        triggerer (TriggererStatus): The status and the latest triggerer heartbeat.

            *New in version 2.6.2*
        dag_processor (DagProcessorStatus): The status and the latest dag processor heartbeat.

            *New in version 2.6.3*
    """

    metadatabase: Optional[MetadatabaseStatus] = None
    """The status of the metadatabase."""
    scheduler: Optional[SchedulerStatus] = None
    """The status and the latest scheduler heartbeat."""
    triggerer: Optional[TriggererStatus] = None
    """The status and the latest triggerer heartbeat.

    *New in version 2.6.2*"""
    dag_processor: Optional[DagProcessorStatus] = None
    """The status and the latest dag processor heartbeat.

    *New in version 2.6.3*"""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
