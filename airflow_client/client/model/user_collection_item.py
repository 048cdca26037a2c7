# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``UserCollectionItem`` model of the Airflow REST API."""

from typing import Any, ClassVar, FrozenSet, List, Optional

from pydantic import Field, StrictBool, StrictInt, StrictStr, model_validator

from airflow_client.client.base_model import ApiModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.user_collection_item_roles import UserCollectionItemRoles
from airflow_client.client.quirks import adapt


class UserCollectionItem(ApiModel):
    """UserCollectionItem (fields: see ``docs/UserCollectionItem.md``)."""

    first_name: Optional[StrictStr] = None
    last_name: Optional[StrictStr] = None
    username: Optional[StrictStr] = Field(None, min_length=1)
    email: Optional[StrictStr] = Field(None, min_length=1)
    active: Optional[StrictBool] = None
    last_login: Optional[StrictStr] = None
    login_count: Optional[StrictInt] = None
    failed_login_count: Optional[StrictInt] = None
    roles: Optional[List[UserCollectionItemRoles]] = None
    created_on: Optional[StrictStr] = None
    changed_on: Optional[StrictStr] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {"active", "last_login", "login_count", "failed_login_count", "created_on", "changed_on"}
    )
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {"active", "last_login", "login_count", "failed_login_count", "created_on", "changed_on"}
    )

    @model_validator(mode="before")
    @classmethod
    def _as_the_spec_names_it(cls, data: Any) -> Any:
        return adapt("UserCollectionItem", data)


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
