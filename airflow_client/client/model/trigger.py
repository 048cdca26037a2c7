# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Trigger`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from pydantic import StrictInt, StrictStr

from airflow_client.client.base_model import ApiModel, AwareDatetime


class Trigger(ApiModel):  # type: ignore[no-redef]
    """Trigger (fields: see ``docs/Trigger.md``)."""

    id: Optional[StrictInt] = None
    classpath: Optional[StrictStr] = None
    kwargs: Optional[StrictStr] = None
    created_date: Optional[AwareDatetime] = None
    triggerer_id: Optional[StrictInt] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"triggerer_id"})
    __naive_utc__: ClassVar[FrozenSet[str]] = frozenset({"created_date"})
