# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Trigger`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class Trigger(OfficialModel):
    """Trigger

    Attributes:
        id (int)
        classpath (str)
        kwargs (str)
        created_date (str)
        triggerer_id (int, nullable)
    """

    id: Optional[int] = None
    classpath: Optional[str] = None
    kwargs: Optional[str] = None
    created_date: Optional[str] = None
    triggerer_id: Optional[int] = None

    _nullable: ClassVar[bool] = True
    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"triggerer_id"})
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset({"created_date"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
