# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DagState`` model of the Airflow REST API."""

from airflow_client.client.base_model import ApiEnum


class DagState(ApiEnum):
    """DagState: one of queued, running, success, failed."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCESS = "success"
    FAILED = "failed"
