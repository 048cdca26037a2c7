# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``XComCollection`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, List, Optional, Tuple

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.x_com_collection_item import XComCollectionItem


class XComCollection(OfficialModel):
    """Collection of XCom entries.

    *Changed in version 2.1.0*: 'total_entries' field is added.

    Attributes:
        xcom_entries (List[XComCollectionItem])
        total_entries (int): Count of total objects in the current result set before pagination parameters
            (limit, offset) are applied.
    """

    xcom_entries: Optional[List[XComCollectionItem]] = None
    total_entries: Optional[int] = None
    """Count of total objects in the current result set before pagination parameters
    (limit, offset) are applied."""

    __all_of__: ClassVar[Tuple[str, ...]] = (
        "XComCollectionAllOf",
        "CollectionInfo",
    )
    __items__: ClassVar[str] = "xcom_entries"
    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
