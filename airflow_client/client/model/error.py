# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Error`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from pydantic import StrictFloat, StrictStr

from airflow_client.client.base_model import ApiModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class Error(ApiModel):
    """Error (fields: see ``docs/Error.md``)."""

    type: Optional[StrictStr] = None
    title: Optional[StrictStr] = None
    status: Optional[StrictFloat] = None
    detail: Optional[StrictStr] = None
    instance: Optional[StrictStr] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset({"type", "title", "status"})
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
