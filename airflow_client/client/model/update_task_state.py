# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``UpdateTaskState`` model of the Airflow REST API."""

from airflow_client.client.base_model import ApiEnum


class UpdateTaskState(ApiEnum):
    """UpdateTaskState: one of success, failed, skipped."""

    SUCCESS = "success"
    FAILED = "failed"
    SKIPPED = "skipped"
