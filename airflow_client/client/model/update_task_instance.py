# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``UpdateTaskInstance`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.update_task_state import UpdateTaskState


class UpdateTaskInstance(OfficialModel):
    """UpdateTaskInstance

    Attributes:
        dry_run (bool): If set, don't actually run this operation. The response will contain the task instance
            planned to be affected, but won't be modified in any way.
        new_state (UpdateTaskState): Expected new state. Only a subset of TaskState are available.

            Other states are managed directly by the scheduler or the workers and cannot be updated manually through the REST API.
    """

    dry_run: Optional[bool] = None
    """If set, don't actually run this operation. The response will contain the task instance
    planned to be affected, but won't be modified in any way."""
    new_state: Optional[UpdateTaskState] = None
    """Expected new state. Only a subset of TaskState are available.

    Other states are managed directly by the scheduler or the workers and cannot be updated manually through the REST API."""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
