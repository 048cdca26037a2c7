# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``HealthStatus`` model of the Airflow REST API."""

from airflow_client.client.compat.models import OfficialEnum
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class HealthStatus(OfficialEnum):
    """Health status

    One of healthy, unhealthy."""

    HEALTHY = "healthy"
    UNHEALTHY = "unhealthy"


HealthStatus._nullable = True  # (after the class: in its body it would be a member)


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
