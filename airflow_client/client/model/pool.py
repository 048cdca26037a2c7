# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Pool`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from pydantic import StrictBool, StrictInt, StrictStr

from airflow_client.client.base_model import ApiModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class Pool(ApiModel):
    """Pool (fields: see ``docs/Pool.md``)."""

    name: Optional[StrictStr] = None
    slots: Optional[StrictInt] = None
    occupied_slots: Optional[StrictInt] = None
    running_slots: Optional[StrictInt] = None
    queued_slots: Optional[StrictInt] = None
    open_slots: Optional[StrictInt] = None
    scheduled_slots: Optional[StrictInt] = None
    deferred_slots: Optional[StrictInt] = None
    description: Optional[StrictStr] = None
    include_deferred: Optional[StrictBool] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {"occupied_slots", "running_slots", "queued_slots", "open_slots", "scheduled_slots", "deferred_slots"}
    )
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"description"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
