# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``TaskState`` model of the Airflow REST API."""

from airflow_client.client.compat.models import OfficialEnum
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class TaskState(OfficialEnum):
    """Task state.

    *Changed in version 2.0.2*: 'removed' is added as a possible value.

    *Changed in version 2.2.0*: 'deferred' is added as a possible value.

    *Changed in version 2.4.0*: 'sensing' state has been removed.
    *Changed in version 2.4.2*: 'restarting' is added as a possible value

    *Changed in version 2.7.0*: Field becomes nullable and null primitive is added as a possible value.
    *Changed in version 2.7.0*: 'none' state is deprecated in favor of null.

    One of null, success, running, failed, upstream_failed, skipped, up_for_retry, up_for_reschedule, queued, none, scheduled, deferred, removed, restarting."""

    NULL = "null"
    SUCCESS = "success"
    RUNNING = "running"
    FAILED = "failed"
    UPSTREAM_FAILED = "upstream_failed"
    SKIPPED = "skipped"
    UP_FOR_RETRY = "up_for_retry"
    UP_FOR_RESCHEDULE = "up_for_reschedule"
    QUEUED = "queued"
    NONE = "none"
    SCHEDULED = "scheduled"
    DEFERRED = "deferred"
    REMOVED = "removed"
    RESTARTING = "restarting"


TaskState._nullable = True  # (after the class: in its body it would be a member)


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
