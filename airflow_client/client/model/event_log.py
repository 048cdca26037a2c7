# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``EventLog`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from pydantic import StrictInt, StrictStr

from airflow_client.client.base_model import ApiModel, AwareDatetime
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class EventLog(ApiModel):
    """EventLog (fields: see ``docs/EventLog.md``)."""

    event_log_id: Optional[StrictInt] = None
    when: Optional[AwareDatetime] = None
    dag_id: Optional[StrictStr] = None
    task_id: Optional[StrictStr] = None
    run_id: Optional[StrictStr] = None
    map_index: Optional[StrictInt] = None
    try_number: Optional[StrictInt] = None
    event: Optional[StrictStr] = None
    execution_date: Optional[AwareDatetime] = None
    owner: Optional[StrictStr] = None
    extra: Optional[StrictStr] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {
            "event_log_id",
            "when",
            "dag_id",
            "task_id",
            "run_id",
            "map_index",
            "try_number",
            "event",
            "execution_date",
            "owner",
            "extra",
        }
    )
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {"dag_id", "task_id", "run_id", "map_index", "try_number", "execution_date", "owner", "extra"}
    )


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
