# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Trigger`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from pydantic import StrictInt, StrictStr

from airflow_client.client.base_model import ApiModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class Trigger(ApiModel):  # type: ignore[no-redef]
    """Trigger

    Attributes:
        id (int)
        classpath (str)
        kwargs (str)
        created_date (str)
        triggerer_id (int, nullable)
    """

    id: Optional[StrictInt] = None
    classpath: Optional[StrictStr] = None
    kwargs: Optional[StrictStr] = None
    created_date: Optional[StrictStr] = None
    triggerer_id: Optional[StrictInt] = None

    _nullable: ClassVar[bool] = True
    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"triggerer_id"})
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset({"created_date"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
