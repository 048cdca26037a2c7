# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``UpdateTaskState`` model of the Airflow REST API."""

from airflow_client.client.compat.models import OfficialEnum
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class UpdateTaskState(OfficialEnum):
    """Expected new state. Only a subset of TaskState are available.

    Other states are managed directly by the scheduler or the workers and cannot be updated manually through the REST API.

    One of success, failed, skipped."""

    SUCCESS = "success"
    FAILED = "failed"
    SKIPPED = "skipped"


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
