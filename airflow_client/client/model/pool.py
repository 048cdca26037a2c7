# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Pool`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.base_model import ApiModel


class Pool(ApiModel):
    """Pool (fields: see ``docs/Pool.md``)."""

    name: Optional[str] = None
    slots: Optional[int] = None
    occupied_slots: Optional[int] = None
    running_slots: Optional[int] = None
    queued_slots: Optional[int] = None
    open_slots: Optional[int] = None
    scheduled_slots: Optional[int] = None
    deferred_slots: Optional[int] = None
    description: Optional[str] = None
    include_deferred: Optional[bool] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {"occupied_slots", "running_slots", "queued_slots", "open_slots", "scheduled_slots", "deferred_slots"}
    )
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"description"})
