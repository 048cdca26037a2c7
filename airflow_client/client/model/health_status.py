# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``HealthStatus`` model of the Airflow REST API."""

from airflow_client.client.base_model import ApiEnum


class HealthStatus(ApiEnum):
    """HealthStatus: one of healthy, unhealthy."""

    HEALTHY = "healthy"
    UNHEALTHY = "unhealthy"


HealthStatus._nullable = True
