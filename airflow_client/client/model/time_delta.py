# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``TimeDelta`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from pydantic import Field

from airflow_client.client.base_model import ApiModel


class TimeDelta(ApiModel):
    """TimeDelta (fields: see ``docs/TimeDelta.md``)."""

    type: Optional[str] = Field(None, alias="__type")
    days: Optional[int] = None
    seconds: Optional[int] = None
    microseconds: Optional[int] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset({"type", "days", "seconds", "microseconds"})
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()
