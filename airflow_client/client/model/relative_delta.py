# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``RelativeDelta`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.core.base_model import Field
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class RelativeDelta(OfficialModel):
    """Relative delta

    Attributes:
        type (str, required)
        years (int, required)
        months (int, required)
        days (int, required)
        leapdays (int, required)
        hours (int, required)
        minutes (int, required)
        seconds (int, required)
        microseconds (int, required)
        year (int, required)
        month (int, required)
        day (int, required)
        hour (int, required)
        minute (int, required)
        second (int, required)
        microsecond (int, required)
    """

    type: Optional[str] = Field(None, wire="__type")
    years: Optional[int] = None
    months: Optional[int] = None
    days: Optional[int] = None
    leapdays: Optional[int] = None
    hours: Optional[int] = None
    minutes: Optional[int] = None
    seconds: Optional[int] = None
    microseconds: Optional[int] = None
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    hour: Optional[int] = None
    minute: Optional[int] = None
    second: Optional[int] = None
    microsecond: Optional[int] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset(
        {
            "type",
            "years",
            "months",
            "days",
            "leapdays",
            "hours",
            "minutes",
            "seconds",
            "microseconds",
            "year",
            "month",
            "day",
            "hour",
            "minute",
            "second",
            "microsecond",
        }
    )
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
