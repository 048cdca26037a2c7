# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``TaskState`` model of the Airflow REST API."""

from airflow_client.client.base_model import ApiEnum


class TaskState(ApiEnum):
    """TaskState: one of success, running, failed, upstream_failed, skipped, up_for_retry, up_for_reschedule, queued, none, scheduled, deferred, removed, restarting."""

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
