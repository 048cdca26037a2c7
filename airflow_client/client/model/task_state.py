# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``TaskState`` model of the Airflow REST API."""

from airflow_client.client.base_model import ApiEnum
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class TaskState(ApiEnum):
    """TaskState: one of null, success, running, failed, upstream_failed, skipped, up_for_retry, up_for_reschedule, queued, none, scheduled, deferred, removed, restarting."""

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


TaskState._nullable = True


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
