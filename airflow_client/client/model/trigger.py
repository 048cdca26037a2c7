# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Trigger`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.base_model import ApiModel, AwareDatetime


class Trigger(ApiModel):
    """Trigger (fields: see ``docs/Trigger.md``)."""

    id: Optional[int] = None
    classpath: Optional[str] = None
    kwargs: Optional[str] = None
    created_date: Optional[AwareDatetime] = None
    triggerer_id: Optional[int] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"triggerer_id"})
