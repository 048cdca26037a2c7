# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``UserCollection`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, List, Optional, Tuple

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.user_collection_item import UserCollectionItem


class UserCollection(OfficialModel):
    """Collection of users.

    *New in version 2.1.0*

    Attributes:
        users (List[UserCollectionItem])
        total_entries (int): Count of total objects in the current result set before pagination parameters
            (limit, offset) are applied.
    """

    users: Optional[List[UserCollectionItem]] = None
    total_entries: Optional[int] = None
    """Count of total objects in the current result set before pagination parameters
    (limit, offset) are applied."""

    __all_of__: ClassVar[Tuple[str, ...]] = (
        "UserCollectionAllOf",
        "CollectionInfo",
    )
    __items__: ClassVar[str] = "users"
    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
