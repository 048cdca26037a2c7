# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``CronExpression`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.core.base_model import Field
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class CronExpression(OfficialModel):
    """Cron expression

    Attributes:
        type (str, required)
        value (str, required)
    """

    type: Optional[str] = Field(None, wire="__type")
    value: Optional[str] = None

    _nullable: ClassVar[bool] = True
    __required__: ClassVar[FrozenSet[str]] = frozenset({"type", "value"})
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
