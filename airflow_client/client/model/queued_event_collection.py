# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``QueuedEventCollection`` model of the Airflow REST API."""

from typing import Any, ClassVar, FrozenSet, List, Optional, Tuple

from pydantic import StrictInt, model_validator

from airflow_client.client.base_model import ApiModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.queued_event import QueuedEvent
from airflow_client.client.quirks import adapt


class QueuedEventCollection(ApiModel):
    """QueuedEventCollection (fields: see ``docs/QueuedEventCollection.md``)."""

    datasets: Optional[List[QueuedEvent]] = None
    total_entries: Optional[StrictInt] = None

    __all_of__: ClassVar[Tuple[str, ...]] = (
        "QueuedEventCollectionAllOf",
        "CollectionInfo",
    )
    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()

    @model_validator(mode="before")
    @classmethod
    def _as_the_spec_names_it(cls, data: Any) -> Any:
        return adapt("QueuedEventCollection", data)


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
