# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DagState`` model of the Airflow REST API."""

from airflow_client.client.compat.models import OfficialEnum
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class DagState(OfficialEnum):
    """DAG State.

    *Changed in version 2.1.3*: 'queued' is added as a possible value.

    One of queued, running, success, failed."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCESS = "success"
    FAILED = "failed"


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
